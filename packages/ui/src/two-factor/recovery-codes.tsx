import { useState } from 'react';
import { saveBlob } from '../download/save-blob';
import { Button } from '../components/button';
import { StatusMessage } from '../components/form-alert';
import { usePortal } from '../components/portal-context';
import { recoveryCodesText } from './codes';

const FILE_NAME = 'recovery-codes.txt';

export interface RecoveryCodesProps {
  codes: readonly string[];
  onContinue: () => void;
  /** While the next step runs (e.g. the session starting). */
  busy?: boolean;
}

/** Recovery codes, shown once: a list to copy or print, a text file to download, and the way on. */
export function RecoveryCodes({ codes, onContinue, busy = false }: RecoveryCodesProps) {
  const { appName } = usePortal();
  const [downloaded, setDownloaded] = useState(false);

  function download() {
    saveBlob(new Blob([recoveryCodesText(codes, appName)], { type: 'text/plain' }), FILE_NAME);
    setDownloaded(true);
  }

  return (
    <div className="recovery-codes">
      <p>
        If you lose your phone or cannot use your authenticator app, you can sign in with one of these codes instead. Each
        code works once. <strong>This is the only time they are shown:</strong> keep them somewhere safe, such as a password
        manager or a printed copy.
      </p>
      <ul className="recovery-code-list" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <StatusMessage message={downloaded ? `Downloaded ${FILE_NAME}.` : null} />
      <div className="button-row">
        <Button variant="secondary" onClick={download}>
          Download as text file
        </Button>
        <Button onClick={onContinue} aria-disabled={busy || undefined}>
          I have saved them — continue
        </Button>
      </div>
    </div>
  );
}

import { useState } from 'react';
import { saveBlob } from '../download/save-blob';
import { Button } from '../components/button';
import { StatusMessage } from '../components/form-alert';
import { usePortal } from '../components/portal-context';
import { recoveryCodesText } from './codes';
import { useT } from '../i18n/i18n';

const FILE_NAME = 'recovery-codes.txt';

export interface RecoveryCodesProps {
  codes: readonly string[];
  onContinue: () => void;
  /** While the next step runs (e.g. the session starting). */
  busy?: boolean;
}

/** Recovery codes, shown once: a list to copy or print, a text file to download, and the way on. */
export function RecoveryCodes({ codes, onContinue, busy = false }: RecoveryCodesProps) {
  const t = useT();
  const { appName } = usePortal();
  const [downloaded, setDownloaded] = useState(false);

  function download() {
    saveBlob(new Blob([recoveryCodesText(codes, appName)], { type: 'text/plain' }), FILE_NAME);
    setDownloaded(true);
  }

  return (
    <div className="recovery-codes">
      <p>
        {t('If you lose your phone or cannot use your authenticator app, you can sign in with one of these codes instead. Each code works once.')} <strong>{t('This is the only time they are shown:')}</strong> {t('keep them somewhere safe, such as a password manager or a printed copy.')}
      </p>
      <ul className="recovery-code-list" aria-label={t('Recovery codes')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <StatusMessage message={downloaded ? t('Downloaded {{file}}.', { file: FILE_NAME }) : null} />
      <div className="button-row">
        <Button variant="secondary" onClick={download}>
          {t('Download as text file')}
        </Button>
        <Button onClick={onContinue} aria-disabled={busy || undefined}>
          {t('I have saved them — continue')}
        </Button>
      </div>
    </div>
  );
}

import { Button, Card, useT } from '@portal/ui';
import { useEffect, useId, useRef, useState } from 'react';

export interface NewSecretProps {
  tokenName: string;
  secret: string;
  onDone: () => void;
}

/** The new token's secret, shown once: read-only field, "Copy", a warning, and "Done" forgets it. */
export function NewSecret({ tokenName, secret, onDone }: NewSecretProps) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(t('Copied to the clipboard.'));
    } catch {
      setCopied(t('Press Ctrl+C (or ⌘+C) to copy the selected secret.'));
    }
  }

  return (
    <Card className="new-secret">
      <section aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {t('Your new token “')}{tokenName}”
        </h2>
        <p id={`${id}-warning`}>
          <strong>{t('Copy the secret now: this is the only time it is shown.')}</strong> {t('Store it in a password manager or the other system’s settings. If it is lost, revoke the token and create a new one.')}
        </p>
        <div className="field">
          <label htmlFor={`${id}-secret`}>{t('Secret')}</label>
          <input id={`${id}-secret`} ref={input} readOnly value={secret} aria-describedby={`${id}-warning`} onFocus={(e) => e.target.select()} spellCheck={false} autoComplete="off" />
        </div>
        <div className="button-row">
          <Button onClick={() => void copy()}>{t('Copy')}</Button>
          <Button variant="secondary" onClick={onDone}>
            {t('I have stored it — hide the secret')}
          </Button>
        </div>
        <div role="status" aria-live="polite" className="notice">
          {copied && <p>{copied}</p>}
        </div>
      </section>
    </Card>
  );
}

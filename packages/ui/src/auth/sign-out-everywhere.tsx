import { useId, useState } from 'react';
import { Button } from '../components/button';
import { Card } from '../components/card';
import { FormAlert } from '../components/form-alert';
import { useSession } from '../session/session-provider';
import { useT } from '../i18n/i18n';

/** Ends every session of the signed-in person, this one included (e.g. after losing a phone). */
export function SignOutEverywhere() {
  const t = useT();
  const { signOut } = useSession();
  const headingId = useId();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function run() {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    // On success the sign-in page replaces this screen, so only failure needs handling here.
    if (!(await signOut({ everywhere: true }))) {
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <Card className="account-section">
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('Sign out everywhere')}</h2>
        <p>{t('Signs you out on this device and on every other one, for example a phone you lost or a shared computer.')}</p>
        <FormAlert messages={failed ? [t('We could not sign you out everywhere. Check your connection and try again.')] : []} />
        <Button variant="secondary" onClick={() => void run()} aria-disabled={busy || undefined}>
          {t('Sign out everywhere')}
        </Button>
      </section>
    </Card>
  );
}

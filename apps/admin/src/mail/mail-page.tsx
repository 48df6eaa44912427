import { Page, useT } from '@portal/ui';
import { CapturedMailsSection } from './captured-mails-section';
import { OutboxSection } from './outbox-section';

/** Mail: what the local capture caught (when it is on) and the outbox's delivery status. */
export function MailPage() {
  const t = useT();
  return (
    <Page title={t('Mail')} intro={t('Invitations, sign-in links and password emails the portal sends.')}>
      <CapturedMailsSection />
      <OutboxSection />
    </Page>
  );
}

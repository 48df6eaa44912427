import { Button, Card, useT, formatMoment } from '@portal/ui';
import { useEffect, useRef, useState } from 'react';
import type { CapturedMailsQuery } from '@portal/graphql-types';
import { LinkedText } from './linked-text';

/** One captured email: headers, the text part with clickable links, and the HTML part in a sandbox. */
type CapturedMail = CapturedMailsQuery['capturedMails']['nodes'][number];

export function CapturedMailDetail({ mail, onClose }: { mail: CapturedMail; onClose: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [showHtml, setShowHtml] = useState(false);
  useEffect(() => heading.current?.focus(), [mail.id]);

  return (
    <Card>
      <article aria-labelledby={`mail-${mail.id}`}>
        <h3 id={`mail-${mail.id}`} ref={heading} tabIndex={-1}>
          {mail.subject || t('(no subject)')}
        </h3>
        <dl className="details">
          <dt>{t('From')}</dt>
          <dd className="break-all">{mail.from}</dd>
          <dt>{t('To')}</dt>
          <dd className="break-all">{mail.to}</dd>
          <dt>{t('Received')}</dt>
          <dd>{formatMoment(mail.receivedAt)}</dd>
        </dl>
        <p className="muted">
          {t('A link in this email signs you in as its recipient in this browser: open it in a private window to stay signed in here.')}
        </p>
        <LinkedText text={mail.text} />
        {mail.html && (
          <p>
            <Button variant="secondary" aria-expanded={showHtml} onClick={() => setShowHtml((v) => !v)}>
              {showHtml ? t('Hide the HTML version') : t('Show the HTML version')}
            </Button>
          </p>
        )}
        {/* sandbox="" : no scripts, no forms, no navigation of this page, its own origin. */}
        {mail.html && showHtml && <iframe className="mail-html" title={t('HTML version of “{{subject}}”', { subject: mail.subject })} sandbox="" srcDoc={mail.html} />}
        <p>
          <Button variant="secondary" onClick={onClose}>
            {t('Back to captured mail')}
          </Button>
        </p>
      </article>
    </Card>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CapturedMailsDocument } from '@portal/graphql-types';
import { Button, EmptyState, Spinner, TextField, useDebouncedValue, useT, formatMoment } from '@portal/ui';
import { useId, useRef, useState } from 'react';
import { CapturedMailDetail } from './captured-mail-detail';

// Answers of a portal that sends real email (no local capture), or of an API without the field yet.
const UNAVAILABLE = new Set(['FORBIDDEN', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED']);

const isUnavailable = (error: unknown) =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => UNAVAILABLE.has(String(e.extensions?.code)));

/** Mail caught by the local mail capture (embedded default), so invitation links can be opened here. */
export function CapturedMailsSection() {
  const t = useT();
  const headingId = useId();
  const [to, setTo] = useState('');
  const recipient = useDebouncedValue(to.trim(), 400);
  const [openId, setOpenId] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const { data, error, refetch, fetchMore } = useQuery(CapturedMailsDocument, {
    variables: { first: 20, to: recipient || null },
    errorPolicy: 'none',
  });
  const list = data?.capturedMails;
  const open = list?.nodes.find((m) => m.id === openId) ?? null;

  const close = () => {
    const id = openId;
    setOpenId(null);
    // Back to where the person was in the list.
    requestAnimationFrame(() => id && buttons.current.get(id)?.focus());
  };

  return (
    <section aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{t('Captured mail')}</h2>
        {!isUnavailable(error) && (
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('Refresh captured mail')}
          </Button>
        )}
      </div>
      {isUnavailable(error) ? (
        <p className="muted">
          {t('Captured mail is not available on this portal. It is shown only when the portal keeps email locally instead of sending it (the embedded default for trying the portal out). The outbox below lists every email either way.')}
        </p>
      ) : (
        <>
          <p className="muted">{t('Email the portal would have sent, kept here so you can read it and open its links.')}</p>
          {error && (
            <div role="alert" className="alert">
              <p>{t('We could not load the captured mail.')} {error.message}</p>
            </div>
          )}
          {open ? (
            <CapturedMailDetail mail={open} onClose={close} />
          ) : (
            <>
              <div className="filters">
                <TextField label={t('Captured mail to')} hint={t('The exact email address')} name="captured-to" type="email" autoComplete="off" value={to} onChange={(e) => setTo(e.target.value)} />
              </div>
              {!list && !error && <Spinner />}
              {list && list.nodes.length === 0 && <EmptyState title={t('No captured mail yet.')} />}
              {list && list.nodes.length > 0 && (
                <ul className="mail-list" aria-label={t('Captured mail, newest first')}>
                  {list.nodes.map((mail) => (
                    <li key={mail.id}>
                      <button
                        type="button"
                        className="mail-list-item"
                        ref={(el) => void (el ? buttons.current.set(mail.id, el) : buttons.current.delete(mail.id))}
                        onClick={() => setOpenId(mail.id)}
                      >
                        <strong>{mail.subject || t('(no subject)')}</strong>
                        <span className="break-all">{t('To')} {mail.to}</span>
                        <span className="muted">{formatMoment(mail.receivedAt)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              {list?.pageInfo.hasNextPage && (
                <div className="pager">
                  <Button variant="secondary" onClick={() => void fetchMore({ variables: { after: list.pageInfo.endCursor } })}>
                    {t('Load more captured mail')}
                  </Button>
                </div>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}

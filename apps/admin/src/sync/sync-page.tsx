import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { AdminResolveSyncConflictDocument, AdminRetrySyncItemDocument, AdminRunSyncDocument, AdminSyncDocument, type SyncConflictSide } from '@portal/graphql-types';
import { Button, i18n, Page, Spinner, StatusMessage, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { SyncConflicts } from './sync-conflicts';
import { SyncObjectsTable } from './sync-objects-table';
import { SyncProblems } from './sync-problems';

const problemOf = (error: unknown) => (CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : i18n.t('Check your connection and try again.'));

/** Sync: per object lag, last run, records in and out and errors; conflicts to settle; dead letters to retry. */
export function SyncPage() {
  const t = useT();
  const client = useApolloClient();
  const objectsId = useId();
  const conflictsId = useId();
  const problemsId = useId();
  const { data, error, refetch } = useQuery(AdminSyncDocument, { fetchPolicy: 'cache-and-network' });
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function act(id: string, run: () => Promise<string | null | undefined>, done: string) {
    if (busy) return;
    setBusy(id);
    setMessage(null);
    try {
      const problem = await run();
      setMessage(problem ?? done);
    } catch (err) {
      setMessage(t('That did not work: {{problem}}', { problem: problemOf(err) }));
    }
    await refetch();
    setBusy(null);
  }

  const runNow = () =>
    act('run', async () => (await client.mutate({ mutation: AdminRunSyncDocument })).data?.runSync.userErrors[0]?.message, t('The sync ran.'));
  const resolve = (id: string, keep: SyncConflictSide) =>
    act(
      id,
      async () => (await client.mutate({ mutation: AdminResolveSyncConflictDocument, variables: { input: { id, keep } } })).data?.resolveSyncConflict.userErrors[0]?.message,
      keep === 'PORTAL' ? t('Kept the portal value; it is on its way to Salesforce.') : t('Kept the Salesforce value.'),
    );
  const retry = (id: string) =>
    act(
      id,
      async () => {
        const result = (await client.mutate({ mutation: AdminRetrySyncItemDocument, variables: { input: { id } } })).data?.retrySyncItem;
        if (result?.userErrors[0]) return result.userErrors[0].message;
        return result?.problem ? t('Still failing: {{code}} {{message}}', { code: result.problem.errorCode, message: result.problem.message }) : null;
      },
      t('Retried: it went through.'),
    );

  const status = data?.syncStatus;
  return (
    <Page title={t('Sync')} intro={t('The two-way sync with Salesforce: how far behind each object is, what went in and out, and what needs a decision.')}>
      <StatusMessage message={message} />
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load the sync status.')} {error.message}</p>
        </div>
      )}
      {!data && !error && <Spinner />}
      {status && (
        <>
          <div className="section-heading">
            <p>
              {status.enabled ? (status.running ? t('A run is in progress.') : t('The sync is running on this server.')) : t('The sync is not running on this server.')}{' '}
              {t('{{pending}} waiting to be sent, {{dead}} not sent, {{parked}} waiting for Salesforce data.', { pending: status.outboxPending, dead: status.outboxDead, parked: status.parked })}
            </p>
            <Button aria-disabled={busy !== null || !status.enabled || undefined} onClick={() => status.enabled && void runNow()}>
              {busy === 'run' ? t('Running…') : t('Run sync now')}
            </Button>
          </div>
          <section aria-labelledby={objectsId}>
            <h2 id={objectsId}>{t('Objects')}</h2>
            <SyncObjectsTable rows={status.objects} />
          </section>
          <section aria-labelledby={conflictsId}>
            <h2 id={conflictsId}>{t('Conflicts ({{count}})', { count: data.syncConflicts.totalCount })}</h2>
            <SyncConflicts rows={data.syncConflicts.nodes} busyId={busy} onResolve={(id, keep) => void resolve(id, keep)} />
          </section>
          <section aria-labelledby={problemsId}>
            <h2 id={problemsId}>{t('Dead letters and waiting records ({{count}})', { count: data.syncProblems.totalCount })}</h2>
            <SyncProblems rows={data.syncProblems.nodes} busyId={busy} onRetry={(id) => void retry(id)} />
          </section>
        </>
      )}
    </Page>
  );
}

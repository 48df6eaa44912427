import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { AdminPeopleDocument, type Role, type UserStatus } from '@portal/graphql-types';
import { Button, EmptyState, SelectField, Spinner, TextField, useDebouncedValue, useT } from '@portal/ui';
import { useState } from 'react';
import { ALL_ROLES, roleOptions, STATUS_LABEL } from './labels';
import type { ActionOutcome } from './person-actions';
import { PeopleTable } from './people-table';
import { useOrganizationChoices } from './use-organization-choices';

const PAGE_SIZE = 25;
const STATUSES: UserStatus[] = ['INVITED', 'ACTIVE', 'DEACTIVATED'];

export interface PeopleListProps {
  viewerId: string;
  canChangeRole: boolean;
  onOutcome: (outcome: ActionOutcome) => void;
}

/** Search, role, status and organization filters, the people table and "Load more". */
export function PeopleList({ viewerId, canChangeRole, onOutcome }: PeopleListProps) {
  const t = useT();
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserStatus | ''>('');
  const [organizationId, setOrganizationId] = useState('');
  const organizations = useOrganizationChoices(false);
  const search = useDebouncedValue(text.trim(), 300);
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(AdminPeopleDocument, {
    variables: { first: PAGE_SIZE, search: search || null, role: role || null, status: status || null, organizationId: organizationId || null },
    notifyOnNetworkStatusChange: true,
  });
  const list = (data ?? previousData)?.users;
  const people = list?.edges.map((e) => e.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const summary = list ? t('Showing {{shown}} of {{count}} people', { shown: people.length, count: list.totalCount }) : '';

  return (
    <>
      <div className="filters" role="search" aria-label={t('Filter people')}>
        <TextField label={t('Search people')} hint={t('By name or email')} type="search" name="people-search" autoComplete="off" value={text} onChange={(e) => setText(e.target.value)} />
        <SelectField label={t('Role')} name="people-role" options={[{ value: '', label: t('Any role') }, ...roleOptions(ALL_ROLES)]} value={role} onChange={(e) => setRole(e.target.value as Role | '')} />
        <SelectField
          label={t('Status')}
          name="people-status"
          options={[{ value: '', label: t('Any status') }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))]}
          value={status}
          onChange={(e) => setStatus(e.target.value as UserStatus | '')}
        />
        <SelectField
          label={t('Organization')}
          name="people-organization"
          hint={organizations.failed ? t('The organizations could not be loaded.') : undefined}
          options={[{ value: '', label: organizations.loading ? t('Loading…') : t('Any organization') }, ...organizations.options]}
          value={organizationId}
          onChange={(e) => setOrganizationId(e.target.value)}
        />
      </div>
      <p role="status" className="muted">
        {summary}
      </p>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load the people.')} {error.message}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t('Try again')}
          </Button>
        </div>
      )}
      {!list && !error && <Spinner />}
      {list && people.length === 0 && <EmptyState title={t('Nobody matches these filters.')} />}
      {people.length > 0 && <PeopleTable people={people} viewerId={viewerId} canChangeRole={canChangeRole} onOutcome={onOutcome} />}
      {list?.pageInfo.hasNextPage && (
        <div className="pager">
          <Button
            variant="secondary"
            aria-disabled={loadingMore || undefined}
            onClick={() => !loadingMore && void fetchMore({ variables: { after: list.pageInfo.endCursor } })}
          >
            {t('Load more')}
          </Button>
          {loadingMore && <Spinner label={t('Loading more…')} />}
        </div>
      )}
    </>
  );
}

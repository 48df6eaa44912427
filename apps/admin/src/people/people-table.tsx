import type { PersonRowFragment } from '@portal/graphql-types';
import { Badge, roleLabel, useT } from '@portal/ui';
import { STATUS_LABEL, STATUS_TONE } from './labels';
import { PersonActions, type ActionOutcome } from './person-actions';

export interface PeopleTableProps {
  people: readonly PersonRowFragment[];
  viewerId: string;
  canChangeRole: boolean;
  onOutcome: (outcome: ActionOutcome) => void;
}

/** People as a table: name and email, role, organization or account, status badge, actions. */
export function PeopleTable({ people, viewerId, canChangeRole, onOutcome }: PeopleTableProps) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-label={t('People')} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{t('People with access to the portal')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Name')}</th>
            <th scope="col">{t('Email')}</th>
            <th scope="col">{t('Role')}</th>
            <th scope="col">{t('Organization or account')}</th>
            <th scope="col">{t('Status')}</th>
            <th scope="col">{t('Actions')}</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td>{person.displayName}</td>
              <td>{person.email}</td>
              <td>
                {roleLabel(person.role)}
                {person.isAccountAdmin ? t(' (account admin)') : ''}
              </td>
              <td>{person.partnerOrganization?.name ?? person.account?.name ?? '—'}</td>
              <td>
                <Badge tone={STATUS_TONE[person.status]}>{STATUS_LABEL[person.status]}</Badge>
              </td>
              <td>
                {person.id === viewerId ? (
                  <span className="muted">{t('You')}</span>
                ) : (
                  <PersonActions key={person.role} person={person} canChangeRole={canChangeRole} onOutcome={onOutcome} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

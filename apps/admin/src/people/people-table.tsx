import type { PersonRowFragment } from '@portal/graphql-types';
import { Badge, roleLabel } from '@portal/ui';
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
  return (
    <div className="table-wrap" role="region" aria-label="People" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">People with access to the portal</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Organization or account</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.id}>
              <td>{person.displayName}</td>
              <td>{person.email}</td>
              <td>
                {roleLabel(person.role)}
                {person.isAccountAdmin ? ' (account admin)' : ''}
              </td>
              <td>{person.partnerOrganization?.name ?? person.account?.name ?? '—'}</td>
              <td>
                <Badge tone={STATUS_TONE[person.status]}>{STATUS_LABEL[person.status]}</Badge>
              </td>
              <td>
                {person.id === viewerId ? (
                  <span className="muted">You</span>
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

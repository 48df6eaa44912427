import { CombinedGraphQLErrors, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import {
  DeactivateUserDocument,
  ReactivateUserDocument,
  ResendInvitationDocument,
  SetUserRoleDocument,
  type PersonResultFragment,
  type PersonRowFragment,
  type Role,
} from '@portal/graphql-types';
import { Button, roleLabel, useT } from '@portal/ui';
import { useId, useState } from 'react';
import { ALL_ROLES } from './labels';

export interface ActionOutcome {
  ok: boolean;
  message: string;
}

export interface PersonActionsProps {
  person: PersonRowFragment;
  /** Staff admins only (the API refuses others). */
  canChangeRole: boolean;
  onOutcome: (outcome: ActionOutcome) => void;
}

type UserMutation<V extends OperationVariables> = TypedDocumentNode<Record<string, PersonResultFragment>, V>;

/** The buttons of one person's row: resend the invitation, deactivate or reactivate, change role. */
export function PersonActions({ person, canChangeRole, onOutcome }: PersonActionsProps) {
  const t = useT();
  const client = useApolloClient();
  const selectId = useId();
  const [role, setRole] = useState<Role>(person.role);
  const [busy, setBusy] = useState(false);
  const name = person.displayName;

  async function run<V extends OperationVariables>(mutation: UserMutation<V>, variables: V, done: string) {
    if (busy) return;
    setBusy(true);
    try {
      const { data } = await client.mutate({ mutation, variables });
      const payload = data ? Object.values(data)[0] : null;
      const problem = payload?.userErrors[0]?.message;
      onOutcome(problem ? { ok: false, message: `${name}: ${problem}` } : { ok: true, message: done });
    } catch (error) {
      const detail = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : t('Check your connection and try again.');
      onOutcome({ ok: false, message: `${name}: ${detail}` });
    }
    setBusy(false);
  }

  const userId = { input: { userId: person.id } };
  const hidden = <span className="visually-hidden"> {name}</span>;
  return (
    <div className="row-actions">
      {person.status === 'INVITED' && (
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void run(ResendInvitationDocument, userId, t('We sent {{name}} a new invitation. The previous link no longer works.', { name }))}>
          {t('Resend invitation')}{hidden}
        </Button>
      )}
      {person.status !== 'DEACTIVATED' ? (
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void run(DeactivateUserDocument, userId, t('{{name}} can no longer sign in and was signed out everywhere.', { name }))}>
          {t('Deactivate')}{hidden}
        </Button>
      ) : (
        <Button variant="secondary" aria-disabled={busy || undefined} onClick={() => void run(ReactivateUserDocument, userId, t('{{name}} can sign in again.', { name }))}>
          {t('Reactivate')}{hidden}
        </Button>
      )}
      {canChangeRole && (
        <>
          <label className="visually-hidden" htmlFor={selectId}>
            {t('Role of')} {name}
          </label>
          <select id={selectId} className="compact-select" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ALL_ROLES.map((r) => (
              <option key={r} value={r}>
                {roleLabel(r)}
              </option>
            ))}
          </select>
          <Button
            variant="secondary"
            aria-disabled={busy || role === person.role || undefined}
            onClick={() => role !== person.role && void run(SetUserRoleDocument, { input: { userId: person.id, role } }, t('{{name}} is now {{role}}; their sessions ended.', { name, role: roleLabel(role) }))}
          >
            {t('Change role')}{hidden}
          </Button>
        </>
      )}
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { AdminRequestFormsDocument, AdminStaffPeopleDocument, type RequestStatus, type RequesterKind } from '@portal/graphql-types';
import { SelectField } from '@portal/ui';
import { KIND_LABEL, messages, STATUS_LABEL } from './messages';

export interface RequestFilterValues {
  status: RequestStatus | 'OPEN' | '';
  formId: string;
  /** A staff member's ID, "none" for unassigned, or "" for anyone. */
  owner: string;
  requesterKind: RequesterKind | '';
  overdue: boolean;
}

export const OPEN_STATUSES: RequestStatus[] = ['RECEIVED', 'IN_PROGRESS', 'WAITING_FOR_REQUESTER'];

/** Staff people for owner choices (admins and staff). */
export function useStaffPeople(): Array<{ id: string; displayName: string }> {
  const { data } = useQuery(AdminStaffPeopleDocument);
  return [...(data?.staffAdmins.nodes ?? []), ...(data?.staff.nodes ?? [])];
}

/** The queue's filters: status, form, owner, requester kind, overdue. */
export function RequestFilters({ value, onChange }: { value: RequestFilterValues; onChange: (v: RequestFilterValues) => void }) {
  const forms = useQuery(AdminRequestFormsDocument).data?.requestForms.nodes ?? [];
  const people = useStaffPeople();
  return (
    <div className="filters" role="group" aria-label={messages.filters}>
      <SelectField
        label={messages.status}
        value={value.status}
        onChange={(e) => onChange({ ...value, status: e.target.value as RequestFilterValues['status'] })}
        options={[{ value: 'OPEN', label: messages.anyStatus }, { value: '', label: messages.allStatuses }, ...Object.entries(STATUS_LABEL).map(([v, label]) => ({ value: v, label }))]}
      />
      <SelectField label={messages.form} value={value.formId} onChange={(e) => onChange({ ...value, formId: e.target.value })} options={[{ value: '', label: messages.anyForm }, ...forms.map((f) => ({ value: f.id, label: f.nameEn }))]} />
      <SelectField
        label={messages.owner}
        value={value.owner}
        onChange={(e) => onChange({ ...value, owner: e.target.value })}
        options={[{ value: '', label: messages.anyOwner }, { value: 'none', label: messages.unassigned }, ...people.map((p) => ({ value: p.id, label: p.displayName }))]}
      />
      <SelectField
        label={messages.requester}
        value={value.requesterKind}
        onChange={(e) => onChange({ ...value, requesterKind: e.target.value as RequestFilterValues['requesterKind'] })}
        options={[{ value: '', label: messages.anyRequester }, ...Object.entries(KIND_LABEL).map(([v, label]) => ({ value: v, label }))]}
      />
      <label className="check-row">
        <input type="checkbox" checked={value.overdue} onChange={(e) => onChange({ ...value, overdue: e.target.checked })} />
        {messages.overdueOnly}
      </label>
    </div>
  );
}

import { useQuery } from '@apollo/client/react';
import { ReviewProjectsDocument } from '@portal/graphql-types';
import { SelectField, TextField, useT } from '@portal/ui';

export interface ReviewFilterValues {
  flaggedOnly: boolean;
  projectId: string;
  olderThanDays: string;
}

/** The queue's filters: flagged only, project, waiting longer than N days. */
export function ReviewFilters({ value, onChange }: { value: ReviewFilterValues; onChange: (v: ReviewFilterValues) => void }) {
  const t = useT();
  const { data } = useQuery(ReviewProjectsDocument);
  const projects = [{ value: '', label: t('All projects') }, ...(data?.projects.nodes.map((p) => ({ value: p.id, label: p.name })) ?? [])];
  return (
    <div className="filters" role="group" aria-label={t('Filter the queue')}>
      <label className="check-row">
        <input type="checkbox" checked={value.flaggedOnly} onChange={(e) => onChange({ ...value, flaggedOnly: e.target.checked })} />
        {t('Flagged only')}
      </label>
      <SelectField label={t('Project')} options={projects} value={value.projectId} onChange={(e) => onChange({ ...value, projectId: e.target.value })} />
      <TextField
        label={t('Waiting more than (days)')}
        type="number"
        inputMode="numeric"
        min={0}
        value={value.olderThanDays}
        onChange={(e) => onChange({ ...value, olderThanDays: e.target.value })}
      />
    </div>
  );
}

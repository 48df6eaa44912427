import type { ChildRowFragment } from '@portal/graphql-types';
import { GENDER_LABEL, STATUS_LABEL } from './labels';
import { useT } from '../i18n/i18n';

export interface ChildrenTableProps {
  rows: readonly ChildRowFragment[];
  caption: string;
  /** Adds the partner organization column (for staff, who see every organization). */
  showOrganization?: boolean;
}

/** Children as a table: code, name, age, gender, status, project (and organization). */
export function ChildrenTable({ rows, caption, showOrganization = false }: ChildrenTableProps) {
  const t = useT();
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Code')}</th>
            <th scope="col">{t('Name')}</th>
            <th scope="col">{t('Age')}</th>
            <th scope="col">{t('Gender')}</th>
            <th scope="col">{t('Status')}</th>
            <th scope="col">{t('Project')}</th>
            {showOrganization && <th scope="col">{t('Partner organization')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((child) => (
            <tr key={child.id}>
              <td>{child.code}</td>
              <td>{[child.firstName, child.lastName].filter(Boolean).join(' ')}</td>
              <td>{child.age}</td>
              <td>{GENDER_LABEL[child.gender]}</td>
              <td>{STATUS_LABEL[child.status]}</td>
              <td>{child.project ? `${child.project.name} (${child.project.country})` : '—'}</td>
              {showOrganization && <td>{child.project?.partnerOrganization?.name ?? '—'}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

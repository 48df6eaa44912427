import { useQuery } from '@apollo/client/react';
import { DocumentTargetsDocument, type DocumentAudience } from '@portal/graphql-types';
import type { SelectOption } from '@portal/ui';
import { useCallback } from 'react';

const byLabel = (a: SelectOption, b: SelectOption) => a.label.localeCompare(b.label);
const unique = (options: SelectOption[]) => [...new Map(options.map((o) => [o.value, o])).values()].sort(byLabel);

/** The accounts, projects and organizations a staff document can point at, per audience. */
export function useDocumentTargets(): (audience: DocumentAudience) => readonly SelectOption[] {
  const { data } = useQuery(DocumentTargetsDocument);
  return useCallback(
    (audience: DocumentAudience) => {
      if (!data) return [];
      if (audience === 'ACCOUNT') return unique(data.users.nodes.flatMap((u) => (u.account ? [{ value: u.account.id, label: u.account.name }] : [])));
      if (audience === 'PROJECT_SPONSORS' || audience === 'PROJECT_PARTNER') return unique(data.projects.nodes.map((p) => ({ value: p.id, label: p.name })));
      if (audience === 'PARTNER_ORGANIZATION') return unique(data.projects.nodes.flatMap((p) => (p.partnerOrganization ? [{ value: p.partnerOrganization.id, label: p.partnerOrganization.name }] : [])));
      return [];
    },
    [data],
  );
}

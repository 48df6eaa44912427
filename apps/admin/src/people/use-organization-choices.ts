import { useQuery } from '@apollo/client/react';
import { PartnerOrganizationChoicesDocument } from '@portal/graphql-types';
import type { SelectOption } from '@portal/ui';
import { useMemo } from 'react';

/** Partner organizations to pick from, by name: read from the projects (there is no organizations query). */
export function useOrganizationChoices(skip: boolean): { options: SelectOption[]; loading: boolean; failed: boolean } {
  const { data, error } = useQuery(PartnerOrganizationChoicesDocument, { skip });
  const options = useMemo(() => {
    const byId = new Map<string, string>();
    for (const project of data?.projects.nodes ?? []) {
      if (project.partnerOrganization) byId.set(project.partnerOrganization.id, project.partnerOrganization.name);
    }
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  }, [data]);
  return { options, loading: !skip && !data && !error, failed: !!error };
}

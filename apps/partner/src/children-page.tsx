import { useQuery } from '@apollo/client/react';
import { MeDocument, PartnerChildrenDocument } from '@portal/graphql-types';
import { ChildrenSearch, Page, useT } from '@portal/ui';

/** The organization's children: searchable table. */
export function ChildrenPage() {
  const t = useT();
  const { data } = useQuery(MeDocument);
  const organization = data?.me.partnerOrganization?.name;
  return (
    <Page title={t('Children')} intro={organization ? t('Children in the projects of {{organization}}.', { organization }) : null}>
      <ChildrenSearch query={PartnerChildrenDocument} pageSize={20} />
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { MeDocument, PartnerChildrenDocument } from '@portal/graphql-types';
import { ChildrenSearch, Page } from '@portal/ui';

/** The organization's children: searchable table. */
export function ChildrenPage() {
  const { data } = useQuery(MeDocument);
  const organization = data?.me.partnerOrganization?.name;
  return (
    <Page title="Children" intro={organization ? `Children in the projects of ${organization}.` : null}>
      <ChildrenSearch query={PartnerChildrenDocument} pageSize={20} />
    </Page>
  );
}

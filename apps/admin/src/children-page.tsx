import { AdminChildrenDocument } from '@portal/graphql-types';
import { ChildrenSearch, Page } from '@portal/ui';

/** Every child in the programme: searchable, 20 at a time. */
export function ChildrenPage() {
  return (
    <Page title="Children" intro="Every child in the programme, by child code.">
      <ChildrenSearch query={AdminChildrenDocument} pageSize={20} showOrganization />
    </Page>
  );
}

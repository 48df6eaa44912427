import { AdminChildrenDocument } from '@portal/graphql-types';
import { ChildrenSearch, Page, useT } from '@portal/ui';

/** Every child in the programme: searchable, 20 at a time. */
export function ChildrenPage() {
  const t = useT();
  return (
    <Page title={t('Children')} intro={t('Every child in the programme, by child code.')}>
      <ChildrenSearch query={AdminChildrenDocument} pageSize={20} showOrganization />
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { MyChildrenDocument } from '@portal/graphql-types';
import { ChildCard, EmptyState, Page, Spinner, useSession, useT } from '@portal/ui';

/** The children this sponsor supports, as cards. */
export function MyChildrenPage() {
  const t = useT();
  const { state } = useSession();
  const { data, error } = useQuery(MyChildrenDocument, { variables: { first: 100 } });
  const children = data?.children.edges.map((e) => e.node);
  const firstName = state.status === 'signedIn' ? state.user.firstName : null;

  return (
    <Page title={t('My children')} intro={firstName ? t('Hello {{firstName}}, thank you for your support.', { firstName }) : null}>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load your sponsored children. Please try again later.')}</p>
        </div>
      )}
      {!data && !error && <Spinner />}
      {children && children.length === 0 && (
        <EmptyState title={t('You are not sponsoring a child yet.')}>
          {t('When your sponsorship starts, your child will appear here.')}
        </EmptyState>
      )}
      {children && children.length > 0 && (
        <ul className="child-grid" aria-label={t('Children you sponsor')}>
          {children.map((child) => (
            <li key={child.id}>
              <ChildCard
                firstName={child.firstName}
                age={child.age}
                projectName={child.project?.name}
                country={child.project?.country}
                photoUrl={child.photoUrl}
              />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

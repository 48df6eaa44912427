import { AccountPage } from '@portal/ui';
import { AccountPeopleSection } from './account-people-section';

/** "Your account" plus, for account admins, the people of the account. */
export function AccountArea() {
  return (
    <>
      <AccountPage />
      <AccountPeopleSection />
    </>
  );
}

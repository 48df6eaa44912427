import { useQuery } from '@apollo/client/react';
import { MeDocument } from '@portal/graphql-types';
import { ChangePasswordForm } from '../auth/change-password-form';
import { SignOutEverywhere } from '../auth/sign-out-everywhere';
import { roleLabel } from '../session/roles';
import { TwoFactorSection } from '../two-factor/two-factor-section';
import { LANGUAGES } from '../i18n/i18n';
import { LanguagePicker } from '../i18n/language-picker';
import { Card } from './card';
import { Page } from './page';
import { Spinner } from './spinner';
import { useT } from '../i18n/i18n';

/** The signed-in person's details (from the `me` query), language, two-step verification, password change and "Sign out everywhere". */
export function AccountPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(MeDocument);
  const me = data?.me;
  return (
    <Page title={t('Your account')}>
      {error && (
        <div role="alert" className="alert">
          <p>{t('We could not load your details.')} {error.message}</p>
        </div>
      )}
      {!me && !error && <Spinner />}
      {me && (
        <Card>
          <dl className="details">
            <dt>{t('Name')}</dt>
            <dd>{me.displayName}</dd>
            <dt>{t('Role')}</dt>
            <dd>{roleLabel(me.role)}</dd>
            {me.partnerOrganization && (
              <>
                <dt>{t('Organization')}</dt>
                <dd>{me.partnerOrganization.name}</dd>
              </>
            )}
            {me.account && (
              <>
                <dt>{t('Account')}</dt>
                <dd>{me.account.name}</dd>
              </>
            )}
            <dt>{t('Language')}</dt>
            <dd>{LANGUAGES.find((l) => l.code === me.locale)?.name ?? me.locale}</dd>
          </dl>
        </Card>
      )}
      {me && <LanguagePicker locale={me.locale} />}
      {me && <TwoFactorSection enabled={me.twoFactorEnabled} onChanged={() => void refetch()} />}
      <ChangePasswordForm />
      <SignOutEverywhere />
    </Page>
  );
}

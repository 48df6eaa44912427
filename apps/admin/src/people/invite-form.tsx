import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { InviteUserDocument, type PersonRowFragment, type Role } from '@portal/graphql-types';
import { Button, Card, fieldError, FormAlert, otherErrors, SelectField, TextField, unexpectedError, type FormError, useT } from '@portal/ui';
import { useId, useState, type FormEvent } from 'react';
import { invitableRoles, LANGUAGE_OPTIONS, roleOptions } from './labels';
import { useOrganizationChoices } from './use-organization-choices';

const FIELDS = ['email', 'firstName', 'lastName', 'role', 'locale', 'partnerOrganizationId', 'accountId'];
const EMPTY = { email: '', firstName: '', lastName: '', locale: 'en', partnerOrganizationId: '', accountId: '' };

export interface InviteFormProps {
  viewerRole: Role;
  onInvited: (person: PersonRowFragment) => void;
}

/** "Invite someone": name, email, role, language, and the organization (partners) or account (sponsors). */
export function InviteForm({ viewerRole, onInvited }: InviteFormProps) {
  const t = useT();
  const client = useApolloClient();
  const headingId = useId();
  const roles = invitableRoles(viewerRole);
  const [values, setValues] = useState(EMPTY);
  const [role, setRole] = useState<Role>(roles[0]);
  const [errors, setErrors] = useState<FormError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const organizations = useOrganizationChoices(role !== 'PARTNER');
  const set = (name: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(null);
    try {
      const { data } = await client.mutate({
        mutation: InviteUserDocument,
        variables: {
          input: {
            email: values.email.trim(),
            firstName: values.firstName.trim(),
            lastName: values.lastName.trim(),
            role,
            locale: values.locale,
            partnerOrganizationId: role === 'PARTNER' ? values.partnerOrganizationId || null : null,
            accountId: role === 'SPONSOR' ? values.accountId.trim() || null : null,
          },
        },
      });
      const payload = data?.inviteUser;
      if (payload?.user && payload.userErrors.length === 0) {
        setValues(EMPTY);
        onInvited(payload.user);
      } else setErrors(payload?.userErrors ?? [unexpectedError()]);
    } catch (error) {
      setErrors([unexpectedError(CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined)]);
    }
    setBusy(false);
  }

  return (
    <Card>
      <section aria-labelledby={headingId}>
        <h2 id={headingId}>{t('Invite someone')}</h2>
        <p className="muted">{t('They receive an email with a link to set their password. The link works for 7 days.')}</p>
        <FormAlert messages={otherErrors(errors, FIELDS)} />
        <form noValidate onSubmit={submit}>
          <div className="form-grid">
            <TextField label={t('Email')} name="invite-email" type="email" autoComplete="off" required value={values.email} onChange={(e) => set('email')(e.target.value)} error={fieldError(errors, 'email')} />
            <TextField label={t('First name')} name="invite-first-name" autoComplete="off" required value={values.firstName} onChange={(e) => set('firstName')(e.target.value)} error={fieldError(errors, 'firstName')} />
            <TextField label={t('Last name')} name="invite-last-name" autoComplete="off" required value={values.lastName} onChange={(e) => set('lastName')(e.target.value)} error={fieldError(errors, 'lastName')} />
            <SelectField label={t('Role')} name="invite-role" options={roleOptions(roles)} value={role} onChange={(e) => setRole(e.target.value as Role)} error={fieldError(errors, 'role')} />
            <SelectField label={t('Language')} name="invite-locale" hint={t('Of the email and the portal.')} options={LANGUAGE_OPTIONS} value={values.locale} onChange={(e) => set('locale')(e.target.value)} error={fieldError(errors, 'locale')} />
            {role === 'PARTNER' && (
              <SelectField
                label={t('Partner organization')}
                name="invite-organization"
                hint={organizations.failed ? t('We could not load the organizations. Reload the page to try again.') : undefined}
                options={[{ value: '', label: organizations.loading ? t('Loading…') : t('Choose an organization') }, ...organizations.options]}
                value={values.partnerOrganizationId}
                onChange={(e) => set('partnerOrganizationId')(e.target.value)}
                required
                error={fieldError(errors, 'partnerOrganizationId')}
              />
            )}
            {role === 'SPONSOR' && (
              <TextField
                label={t('Account ID')}
                name="invite-account"
                hint={t('Sponsors are usually invited by their account\'s admin. To invite one here, paste the ID of their account.')}
                autoComplete="off"
                required
                value={values.accountId}
                onChange={(e) => set('accountId')(e.target.value)}
                error={fieldError(errors, 'accountId')}
              />
            )}
          </div>
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('Sending invitation…') : t('Send invitation')}
          </Button>
        </form>
      </section>
    </Card>
  );
}

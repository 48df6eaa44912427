import { useMutation, useQuery } from '@apollo/client/react';
import { NotificationPreferencesDocument, SetNotificationPreferencesDocument, type EmailMode, type NotificationType } from '@portal/graphql-types';
import { useId, useState } from 'react';
import { Button } from '../components/button';
import { FormAlert, StatusMessage } from '../components/form-alert';
import { SelectField } from '../components/select-field';
import { EMAIL_MODE_LABEL, NOTIFICATION_TYPE_LABEL } from './notification-labels';
import { useT } from '../i18n/i18n';

const MODES = (Object.keys(EMAIL_MODE_LABEL) as EmailMode[]).map((value) => ({ value, label: EMAIL_MODE_LABEL[value] }));

/** The settings section: how the person is emailed for each type of notification. */
export function NotificationPreferencesForm() {
  const t = useT();
  const headingId = useId();
  const { data } = useQuery(NotificationPreferencesDocument);
  const [save, saving] = useMutation(SetNotificationPreferencesDocument);
  const [draft, setDraft] = useState<Partial<Record<NotificationType, EmailMode>>>({});
  const [saved, setSaved] = useState(false);
  if (!data) return null;

  const submit = async () => {
    setSaved(false);
    const preferences = Object.entries(draft).map(([type, mode]) => ({ type: type as NotificationType, mode: mode as EmailMode }));
    if (preferences.length === 0) return setSaved(true);
    const r = await save({ variables: { preferences } });
    if (r.data?.setNotificationPreferences.userErrors.length === 0) {
      setDraft({});
      setSaved(true);
    }
  };

  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('Email settings')}</h2>
      <p className="muted">{t('Choose, for each kind of notification, whether we email you.')}</p>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        {data.notificationPreferences.map((p) => (
          <SelectField key={p.type} label={NOTIFICATION_TYPE_LABEL[p.type]} options={MODES} value={draft[p.type] ?? p.mode}
            onChange={(e) => { setSaved(false); setDraft((d) => ({ ...d, [p.type]: e.target.value as EmailMode })); }} />
        ))}
        {saving.error && <FormAlert messages={[t('We could not save your settings. Try again.')]} />}
        <StatusMessage message={saved ? t('Your email settings are saved.') : null} />
        <Button type="submit" disabled={saving.loading}>{t('Save email settings')}</Button>
      </form>
    </section>
  );
}

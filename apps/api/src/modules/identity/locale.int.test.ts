import { notificationTexts, renderMail } from '@portal/mail';
import { startTestApi, type TestApi } from '../../test/harness';
import { fromGlobalIdOfType } from '../../graphql/global-id';
import { Notification, NotificationType } from '../notifications/notification.entity';
import { notify } from '../notifications/notifications.service';

const SET = `mutation($locale: String!) { setMyLocale(input: { locale: $locale }) { user { id locale } userErrors { field code message } } }`;
const ME = '{ me { id locale } }';
const SPONSOR = 'james.okoro@demo.portal';

describe('choosing my language (setMyLocale)', () => {
  let api: TestApi;
  let token: string;

  beforeAll(async () => {
    api = await startTestApi();
    token = await api.signIn(SPONSOR);
  });
  afterAll(async () => {
    await api.gql(SET, { locale: 'en' }, { token });
    await api.close();
  });

  const myLocale = async () => (await api.gql(ME, {}, { token })).data!.me.locale as string;

  it('saves a supported language for the signed-in person, and records it in the audit log', async () => {
    expect(await myLocale()).toBe('en');
    const r = await api.gql(SET, { locale: 'fr' }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.setMyLocale).toEqual({ user: { id: expect.any(String), locale: 'fr' }, userErrors: [] });
    expect(await myLocale()).toBe('fr');
    const userId = fromGlobalIdOfType(r.data!.setMyLocale.user.id, 'User');
    const audit: Array<{ details: { from: string; to: string } }> = await api.dataSource.query(
      "SELECT details FROM audit_event WHERE action = 'user.locale_changed' AND target_id = $1 ORDER BY created_at DESC LIMIT 1",
      [userId],
    );
    expect(audit[0]?.details).toEqual({ from: 'en', to: 'fr' });
  });

  it.each(['de', 'FR-fr', '', 'english'])('refuses %p with a userError on the locale field, changing nothing', async (locale) => {
    const before = await myLocale();
    const r = await api.gql(SET, { locale }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data!.setMyLocale.user).toBeNull();
    expect(r.data!.setMyLocale.userErrors).toEqual([{ field: ['input', 'locale'], code: 'INVALID', message: expect.stringContaining('en, fr') }]);
    expect(await myLocale()).toBe(before);
  });

  it('needs a signed-in person', async () => {
    const r = await api.gql(SET, { locale: 'fr' });
    expect(r.data?.setMyLocale ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('sends the next email in the chosen language', async () => {
    await api.gql(SET, { locale: 'fr' }, { token });
    await api.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted } }', { e: SPONSOR });
    const [mail]: Array<{ locale: string; template: string; params: Record<string, unknown> }> = await api.dataSource.query(
      "SELECT locale, template, params FROM mail_outbox WHERE to_address = $1 AND template = 'password-reset' ORDER BY created_at DESC LIMIT 1",
      [SPONSOR],
    );
    expect(mail.locale).toBe('fr');
    expect(renderMail('password-reset', mail.locale, mail.params).subject).toBe('Réinitialisez votre mot de passe');

    await api.gql(SET, { locale: 'en' }, { token });
    await api.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted } }', { e: SPONSOR });
    const [again]: Array<{ locale: string }> = await api.dataSource.query(
      "SELECT locale FROM mail_outbox WHERE to_address = $1 AND template = 'password-reset' ORDER BY created_at DESC LIMIT 1",
      [SPONSOR],
    );
    expect(again.locale).toBe('en');
  });

  it('titles the next notification in the chosen language', async () => {
    await api.gql(SET, { locale: 'fr' }, { token });
    const [{ id }]: Array<{ id: string }> = await api.dataSource.query('SELECT id FROM "user" WHERE email = $1', [SPONSOR]);
    const made = await notify(api.dataSource.manager, {
      recipientId: id,
      type: NotificationType.LETTER_STATUS,
      text: (locale) => notificationTexts(locale, 'letterDelivered', { child: 'Amani' }),
      baseUrl: 'http://localhost',
    });
    const saved = await api.dataSource.manager.findOneByOrFail(Notification, { id: made!.id });
    expect(saved.title).toBe('Amani a reçu votre lettre');
    expect(notificationTexts('en', 'letterDelivered', {}).title).toBe('your sponsored child has received your letter');
  });
});

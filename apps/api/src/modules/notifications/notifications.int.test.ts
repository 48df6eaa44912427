import { createLogger } from '@portal/logger';
import { MemoryMailStore, renderMail, SmtpMailer, startMailCapture, type MailCapture } from '@portal/mail';
import { startTestApi, type TestApi } from '../../test/harness';
import { MailDispatcher } from '../mail/mail-dispatcher';
import { Media } from '../media/media.entity';
import { notifyPhotoReleased } from './photo-notifications';
import { sendDailyDigests } from './notifications.service';

const log = createLogger({ level: 'silent', pretty: false });
const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const WRITE = `mutation($input: WriteLetterInput!) { writeLetter(input: $input) { results { letter { id } } userErrors { code } } }`;
const CHANGES = `mutation($id: ID!, $reason: String) { requestLetterChanges(input: { letterId: $id, reason: $reason }) { userErrors { code } } }`;
const MINE = `query($unread: Boolean) { unreadNotificationCount myNotifications(first: 50, unreadOnly: $unread) { totalCount nodes { id type title body itemRoute itemId readAt createdAt params } } }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) { unreadCount results { notification { id readAt } } userErrors { code field } } }`;
const PREFS = `mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(input: { preferences: $p }) { preferences { type mode isDefault } userErrors { code field } } }`;

describe('notifications', () => {
  let api: TestApi;
  let capture: MailCapture;
  let dispatcher: MailDispatcher;
  const t: Record<string, string> = {};
  const child: Record<string, string> = {};

  /** A sponsor's submitted letter that staff send back for a change: the LETTER_STATUS event. */
  const letterSentBack = async (sponsor: string, childCode: string): Promise<string> => {
    const w = await api.gql(WRITE, { input: { childIds: [child[childCode]], body: 'How are your lessons going?', submit: true } }, { token: t[sponsor] });
    const id = w.data!.writeLetter.results[0].letter.id as string;
    const r = await api.gql(CHANGES, { id, reason: 'Please add a greeting.' }, { token: t.reviewer });
    expect(r.data!.requestLetterChanges.userErrors).toEqual([]);
    return id;
  };
  const mine = async (token: string, unread = false) => (await api.gql(MINE, { unread }, { token })).data!;
  const outboxFor = async (notificationId: string): Promise<Array<{ id: string; next_attempt_at: Date; locale: string }>> =>
    api.dataSource.query('SELECT m.id, m.next_attempt_at, m.locale FROM mail_outbox m JOIN notification n ON n.mail_outbox_id = m.id WHERE n.id = $1', [uuid(notificationId)]);
  /** The delay is over: emails held back until now are due. */
  const delayOver = () => api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'PENDING' AND attempts = 0`);

  beforeAll(async () => {
    capture = await startMailCapture({ port: 0, store: new MemoryMailStore() });
    api = await startTestApi();
    const mailer = new SmtpMailer({ host: capture.host, port: capture.port, from: 'Portal <no-reply@portal.test>' });
    dispatcher = new MailDispatcher({ dataSource: api.dataSource, log, render: renderMail, send: (m) => mailer.send(m) });
    for (const who of ['claire.dubois', 'james.okoro', 'reviewer', 'partner.kenya']) t[who.split('.')[0]] = await api.signIn(`${who}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = c.id;
    // Each run starts from nothing unread and default preferences. Reading them here works as reading
    // them in the portal does: their held-back emails (left by other test files) are never sent.
    const seen: Array<{ mail_outbox_id: string | null }> = await api.dataSource
      .query(`UPDATE notification SET read_at = now() WHERE read_at IS NULL RETURNING mail_outbox_id`)
      .then((r: unknown) => (Array.isArray(r) && Array.isArray(r[0]) ? r[0] : r) as Array<{ mail_outbox_id: string | null }>);
    const held = seen.map((r) => r.mail_outbox_id).filter((id): id is string => !!id);
    if (held.length) await api.dataSource.query(`DELETE FROM mail_outbox WHERE id = ANY($1::uuid[]) AND status = 'PENDING' AND attempts = 0`, [held]);
    await api.dataSource.query(`DELETE FROM notification_preference`);
    // Other emails other files left waiting go out now, before this file counts what it receives.
    await api.dataSource.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE status = 'PENDING'`);
    await dispatcher.flush();
    await capture.store.clear();
  });
  afterAll(async () => {
    await api.close();
    await capture.stop();
  });

  it('records a letter status change for the sponsor in their language, with a link to the letter, and counts it unread', async () => {
    const letterId = await letterSentBack('claire', 'KE-0003');
    const data = await mine(t.claire, true);
    expect(data.unreadNotificationCount).toBe(1);
    expect(data.myNotifications.nodes[0]).toMatchObject({
      type: 'LETTER_STATUS',
      title: expect.stringMatching(/^Votre lettre à .+ doit être modifiée$/),
      body: expect.stringContaining('Please add a greeting.'),
      itemRoute: `/sponsor/letters/${letterId}`,
      itemId: letterId,
      readAt: null,
      params: expect.objectContaining({ notice: 'CHANGES_REQUESTED' }),
    });
    // Nobody else sees it, nor can mark it read.
    expect((await mine(t.james)).myNotifications.nodes.map((n: any) => n.id)).not.toContain(data.myNotifications.nodes[0].id);
    const other = await api.gql(MARK, { ids: [data.myNotifications.nodes[0].id] }, { token: t.james });
    expect(other.data!.markNotificationsRead.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'ids', '0'] }]);
    const node = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: data.myNotifications.nodes[0].id }, { token: t.james });
    expect(node.data?.node ?? null).toBeNull();
  });

  it('emails an unread notification after the delay, in French, with the link to the letter', async () => {
    const letterId = await letterSentBack('claire', 'UG-0002');
    const [n] = (await mine(t.claire, true)).myNotifications.nodes;
    const [queued] = await outboxFor(n.id);
    expect(queued.locale).toBe('fr');
    expect(new Date(queued.next_attempt_at).getTime()).toBeGreaterThan(Date.now() + 5 * 60_000);
    // Not due yet: nothing leaves.
    await dispatcher.flush();
    expect(await capture.store.list({ to: 'claire.dubois@demo.portal' })).toEqual([]);
    await delayOver();
    await dispatcher.flush();
    const [mail] = await capture.store.list({ to: 'claire.dubois@demo.portal' });
    expect(mail.subject).toBe(n.title);
    expect(mail.text).toContain('Ouvrir dans le portail');
    expect(mail.text).toContain(`/sponsor/letters/${letterId}`);
    await api.gql('mutation { markAllNotificationsRead(input: {}) { unreadCount } }', {}, { token: t.claire });
  });

  it('sends no email for a notification read in the portal before the delay is over', async () => {
    await letterSentBack('james', 'KE-0004');
    const [n] = (await mine(t.james, true)).myNotifications.nodes;
    expect(await outboxFor(n.id)).toHaveLength(1);
    const r = await api.gql(MARK, { ids: [n.id] }, { token: t.james });
    expect(r.data!.markNotificationsRead).toMatchObject({ unreadCount: 0, results: [{ notification: { id: n.id, readAt: expect.any(String) } }], userErrors: [] });
    expect(await outboxFor(n.id)).toEqual([]);
    // Opening the item itself counts as seeing it too.
    const letterId = await letterSentBack('james', 'UG-0004');
    const [other] = (await mine(t.james, true)).myNotifications.nodes;
    const opened = await api.gql('mutation($id: ID!) { markItemNotificationsRead(input: { itemId: $id }) { unreadCount userErrors { code } } }', { id: letterId }, { token: t.james });
    expect(opened.data!.markItemNotificationsRead).toEqual({ unreadCount: 0, userErrors: [] });
    expect(await outboxFor(other.id)).toEqual([]);
    await delayOver();
    await dispatcher.flush();
    expect(await capture.store.list({ to: 'james.okoro@demo.portal' })).toEqual([]);
  });

  it('follows preferences: OFF sends nothing, DAILY_DIGEST lists unread items once in one daily email', async () => {
    const defaults = (await api.gql('{ notificationPreferences { type mode isDefault } }', {}, { token: t.james })).data!.notificationPreferences;
    expect(defaults).toContainEqual({ type: 'LETTER_STATUS', mode: 'IMMEDIATE', isDefault: true });
    expect(defaults).toContainEqual({ type: 'NEW_PHOTO', mode: 'DAILY_DIGEST', isDefault: true });
    const dup = await api.gql(PREFS, { p: [{ type: 'LETTER_STATUS', mode: 'OFF' }, { type: 'LETTER_STATUS', mode: 'IMMEDIATE' }] }, { token: t.james });
    expect(dup.data!.setNotificationPreferences.userErrors).toEqual([{ code: 'INVALID', field: ['input', 'preferences', '1', 'type'] }]);

    const off = await api.gql(PREFS, { p: [{ type: 'LETTER_STATUS', mode: 'OFF' }] }, { token: t.james });
    expect(off.data!.setNotificationPreferences.preferences).toContainEqual({ type: 'LETTER_STATUS', mode: 'OFF', isDefault: false });
    await letterSentBack('james', 'KE-0005');
    const [silent] = (await mine(t.james, true)).myNotifications.nodes;
    expect(await outboxFor(silent.id)).toEqual([]);
    await api.gql('mutation { markAllNotificationsRead(input: {}) { unreadCount } }', {}, { token: t.james });

    await api.gql(PREFS, { p: [{ type: 'LETTER_STATUS', mode: 'DAILY_DIGEST' }] }, { token: t.james });
    await letterSentBack('james', 'KE-0004');
    await letterSentBack('james', 'UG-0004');
    const seen = await letterSentBack('james', 'KE-0005');
    const unread = (await mine(t.james, true)).myNotifications.nodes;
    const read = unread.find((n: any) => n.itemId === seen);
    await api.gql(MARK, { ids: [read.id] }, { token: t.james });

    expect(await sendDailyDigests(api.dataSource, 'http://portal.test')).toBeGreaterThanOrEqual(1);
    await dispatcher.flush();
    const digests = (await capture.store.list({ to: 'james.okoro@demo.portal' })).filter((m) => /update/.test(m.subject));
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toMatch(/^2 new updates for /);
    expect(digests[0].text).not.toContain(seen);
    // The next digest does not repeat them.
    await sendDailyDigests(api.dataSource, 'http://portal.test');
    await dispatcher.flush();
    expect((await capture.store.list({ to: 'james.okoro@demo.portal' })).filter((m) => /update/.test(m.subject))).toHaveLength(1);
  });

  it('tells the sponsors of a child that a photo was released, in the same transaction', async () => {
    await api.dataSource.transaction(async (em) => {
      const media = Object.assign(new Media(), { id: '00000000-0000-4000-8000-00000000abcd', childId: uuid(child['KE-0003']) });
      expect(await notifyPhotoReleased(em, media, { baseUrl: 'http://portal.test' })).toBe(1);
    });
    const [n] = (await mine(t.claire, true)).myNotifications.nodes;
    expect(n).toMatchObject({ type: 'NEW_PHOTO', title: expect.stringMatching(/^Une nouvelle photo de /), itemRoute: '/sponsor/' });
    // DAILY_DIGEST by default: no immediate email.
    expect(await outboxFor(n.id)).toEqual([]);
  });

  it('is for people only, and pages through the list', async () => {
    expect((await api.gql('{ unreadNotificationCount }')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const page = await api.gql('{ myNotifications(first: 1) { pageInfo { hasNextPage endCursor } nodes { id } } }', {}, { token: t.james });
    expect(page.data!.myNotifications.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql('query($a: String) { myNotifications(first: 1, after: $a) { nodes { id } } }', { a: page.data!.myNotifications.pageInfo.endCursor }, { token: t.james });
    expect(next.data!.myNotifications.nodes[0].id).not.toBe(page.data!.myNotifications.nodes[0].id);

    const ALL = 'mutation($upTo: DateTimeISO) { markAllNotificationsRead(input: { upTo: $upTo }) { unreadCount userErrors { code } } }';
    const unread = (await mine(t.james, true)).unreadNotificationCount;
    expect(unread).toBeGreaterThan(0);
    expect((await api.gql(ALL, { upTo: '2000-01-01T00:00:00Z' }, { token: t.james })).data!.markAllNotificationsRead.unreadCount).toBe(unread);
    expect((await api.gql(ALL, {}, { token: t.james })).data!.markAllNotificationsRead).toEqual({ unreadCount: 0, userErrors: [] });
  });
});

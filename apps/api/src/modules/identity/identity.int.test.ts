import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../../test/harness';

const PAYLOAD = 'user { id email status role } userErrors { field code message }';
const SESSION = 'accessToken user { email status } userErrors { field code message }';
const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { ${PAYLOAD} } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvitation(input: { token: $t, password: $p }) { ${SESSION} } }`;
const GOOD_PASSWORD = 'Kisumu-sunrise-2026';

const cookieOf = (headers: Headers): string => headers.getSetCookie().find((c) => c.startsWith('portal_rt='))?.split(';')[0] ?? '';

describe('identity lifecycle', () => {
  let api: TestApi;
  const t: Record<string, string> = {};
  let orgs: Record<string, string> = {};

  /** The token from the newest email of a template sent to an address (read from the outbox). */
  async function tokenFromMail(to: string, template: string): Promise<string> {
    const rows: Array<{ params: Record<string, string> }> = await api.dataSource.query(
      'SELECT params FROM mail_outbox WHERE to_address = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1',
      [to, template],
    );
    const link = rows[0]?.params.acceptLink ?? rows[0]?.params.link;
    if (!link) throw new Error(`no ${template} mail to ${to}`);
    return decodeURIComponent(link.split('#token=')[1]);
  }

  const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}@example.org`;

  async function invitedAndAccepted(role: 'SPONSOR' | 'PARTNER', extra: Record<string, unknown>): Promise<{ email: string; id: string; token: string; cookie: string }> {
    const email = unique(role.toLowerCase());
    const r = await api.gql(INVITE, { input: { email, firstName: 'Zoé', lastName: 'Test', role, ...extra } }, { token: t.admin });
    expect(r.data!.inviteUser.userErrors).toEqual([]);
    const a = await api.gql(ACCEPT, { t: await tokenFromMail(email, 'invitation'), p: GOOD_PASSWORD });
    return { email, id: r.data!.inviteUser.user.id, token: a.data!.acceptInvitation.accessToken, cookie: cookieOf(a.headers) };
  }

  beforeAll(async () => {
    api = await startTestApi();
    t.admin = await api.signIn('admin@demo.portal');
    t.staff = await api.signIn('reviewer@demo.portal');
    t.anna = await api.signIn('anna.miller@demo.portal');
    t.kenya = await api.signIn('partner.kenya@demo.portal');
    const r = await api.gql('{ projects { nodes { partnerOrganization { id name } } } }', {}, { token: t.admin });
    orgs = Object.fromEntries(r.data!.projects.nodes.map((p: any) => [p.partnerOrganization.name, p.partnerOrganization.id]));
  });
  afterAll(() => api.close());

  it('invites a partner user, who sets a password through the link (once) and is signed in', async () => {
    const email = unique('partner');
    const r = await api.gql(INVITE, { input: { email, firstName: 'Esther', lastName: 'N', role: 'PARTNER', partnerOrganizationId: orgs['Kibera Community Trust'] } }, { token: t.staff });
    expect(r.data!.inviteUser).toEqual({ user: { id: expect.any(String), email, status: 'INVITED', role: 'PARTNER' }, userErrors: [] });
    const token = await tokenFromMail(email, 'invitation');

    const weak = await api.gql(ACCEPT, { t: token, p: 'short' });
    expect(weak.data!.acceptInvitation.userErrors).toEqual([{ field: ['input', 'password'], code: 'WEAK_PASSWORD', message: 'Use at least 10 characters.' }]);

    const ok = await api.gql(ACCEPT, { t: token, p: GOOD_PASSWORD });
    expect(ok.data!.acceptInvitation.user).toEqual({ email, status: 'ACTIVE' });
    const me = await api.gql('{ me { email partnerOrganization { name } } }', {}, { token: ok.data!.acceptInvitation.accessToken });
    expect(me.data!.me).toEqual({ email, partnerOrganization: { name: 'Kibera Community Trust' } });

    const again = await api.gql(ACCEPT, { t: token, p: GOOD_PASSWORD });
    expect(again.data!.acceptInvitation.userErrors[0].code).toBe('INVALID_TOKEN');
  });

  it('says what to fix: invalid email, missing organization, existing address', async () => {
    const bad = await api.gql(INVITE, { input: { email: 'not-an-email', firstName: 'A', lastName: 'B', role: 'SPONSOR' } }, { token: t.admin });
    expect(bad.data!.inviteUser.userErrors[0]).toEqual(expect.objectContaining({ field: ['input', 'email'], code: 'INVALID' }));
    const noOrg = await api.gql(INVITE, { input: { email: unique('p'), firstName: 'A', lastName: 'B', role: 'PARTNER' } }, { token: t.admin });
    expect(noOrg.data!.inviteUser.userErrors[0].field).toEqual(['input', 'partnerOrganizationId']);
    const taken = await api.gql(INVITE, { input: { email: 'Anna.Miller@demo.portal', firstName: 'A', lastName: 'B', role: 'STAFF' } }, { token: t.admin });
    expect(taken.data!.inviteUser.userErrors[0].code).toBe('ALREADY_EXISTS');
  });

  it('a resent invitation voids the old link; an expired one does not work', async () => {
    const email = unique('sponsor');
    const acct = await api.gql('{ me { account { id } } }', {}, { token: t.anna });
    const r = await api.gql(INVITE, { input: { email, firstName: 'Léa', lastName: 'M', role: 'SPONSOR', accountId: acct.data!.me.account.id } }, { token: t.admin });
    const first = await tokenFromMail(email, 'invitation');
    const resent = await api.gql(`mutation($id: ID!) { resendInvitation(input: { userId: $id }) { ${PAYLOAD} } }`, { id: r.data!.inviteUser.user.id }, { token: t.admin });
    expect(resent.data!.resendInvitation.userErrors).toEqual([]);
    const second = await tokenFromMail(email, 'invitation');
    expect(second).not.toBe(first);
    expect((await api.gql(ACCEPT, { t: first, p: GOOD_PASSWORD })).data!.acceptInvitation.userErrors[0].code).toBe('INVALID_TOKEN');
    await api.dataSource.query(`UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE revoked_at IS NULL AND used_at IS NULL AND purpose = 'INVITATION'`);
    expect((await api.gql(ACCEPT, { t: second, p: GOOD_PASSWORD })).data!.acceptInvitation.userErrors[0].code).toBe('INVALID_TOKEN');
  });

  it('an account admin invites people to their own account only', async () => {
    const ok = await api.gql(INVITE, { input: { email: unique('family'), firstName: 'Tom', lastName: 'Miller', role: 'SPONSOR' } }, { token: t.anna });
    expect(ok.data!.inviteUser.userErrors).toEqual([]);
    const partner = await api.gql(INVITE, { input: { email: unique('x'), firstName: 'A', lastName: 'B', role: 'PARTNER', partnerOrganizationId: orgs['Gulu Hope Partners'] } }, { token: t.anna });
    expect(partner.errors![0].extensions!.code).toBe('FORBIDDEN');
    const staffAccount = await api.gql('{ users(role: SPONSOR, search: "claire") { nodes { id account { id } } } }', {}, { token: t.admin });
    const claire = staffAccount.data!.users.nodes[0];
    const other = await api.gql(INVITE, { input: { email: unique('x'), firstName: 'A', lastName: 'B', role: 'SPONSOR', accountId: claire.account.id } }, { token: t.anna });
    expect(other.data!.inviteUser.userErrors[0].field).toEqual(['input', 'accountId']);
    const remove = await api.gql(`mutation($id: ID!) { deactivateUser(input: { userId: $id }) { ${PAYLOAD} } }`, { id: claire.id }, { token: t.anna });
    expect(remove.errors![0].extensions!.code).toBe('NOT_FOUND');
    const partnerInvites = await api.gql(INVITE, { input: { email: unique('x'), firstName: 'A', lastName: 'B', role: 'SPONSOR' } }, { token: t.kenya });
    expect(partnerInvites.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('magic link: same answer for unknown addresses, single use, 15 minutes', async () => {
    const person = await invitedAndAccepted('SPONSOR', { accountId: (await api.gql('{ me { account { id } } }', {}, { token: t.anna })).data!.me.account.id });
    const REQ = 'mutation($e: String!) { requestMagicLink(input: { email: $e }) { accepted userErrors { code } } }';
    const known = await api.gql(REQ, { e: person.email });
    const unknown = await api.gql(REQ, { e: unique('nobody') });
    expect(known.data).toEqual(unknown.data);
    const token = await tokenFromMail(person.email, 'magic-link');
    const SIGN = `mutation($t: String!) { signInWithMagicLink(input: { token: $t }) { ${SESSION} } }`;
    const ok = await api.gql(SIGN, { t: token });
    expect(ok.data!.signInWithMagicLink.user.email).toBe(person.email);
    expect((await api.gql(SIGN, { t: token })).data!.signInWithMagicLink.userErrors[0].code).toBe('INVALID_TOKEN');
    await api.gql(REQ, { e: person.email });
    const late = await tokenFromMail(person.email, 'magic-link');
    await api.dataSource.query(`UPDATE one_time_token SET created_at = now() - interval '16 minutes', expires_at = now() - interval '1 minute' WHERE purpose = 'MAGIC_LINK' AND used_at IS NULL`);
    expect((await api.gql(SIGN, { t: late })).data!.signInWithMagicLink.userErrors[0].code).toBe('INVALID_TOKEN');
  });

  it('password reset ends every session and the old password', async () => {
    const person = await invitedAndAccepted('PARTNER', { partnerOrganizationId: orgs['Gulu Hope Partners'] });
    await api.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted } }', { e: person.email });
    const token = await tokenFromMail(person.email, 'password-reset');
    const r = await api.gql(`mutation($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) { ${SESSION} } }`, { t: token, p: 'A-brand-new-passphrase' });
    expect(r.data!.resetPassword.userErrors).toEqual([]);
    const refresh = await api.gql('mutation { refreshSession { accessToken userErrors { code } } }', {}, { cookie: person.cookie });
    expect(refresh.data!.refreshSession.userErrors[0].code).toBe('SESSION_EXPIRED');
    const old = await api.gql('mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { userErrors { code } } }', { e: person.email, p: GOOD_PASSWORD });
    expect(old.data!.signIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const mails: Array<{ template: string }> = await api.dataSource.query('SELECT template FROM mail_outbox WHERE to_address = $1', [person.email]);
    expect(mails.map((m) => m.template)).toContain('password-changed');
  });

  it('change password checks the current one and ends the other sessions', async () => {
    const person = await invitedAndAccepted('PARTNER', { partnerOrganizationId: orgs['Gulu Hope Partners'] });
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(input: { currentPassword: $c, newPassword: $n }) { ${SESSION} } }`;
    const wrong = await api.gql(CHANGE, { c: 'nope', n: 'Another-long-passphrase' }, { token: person.token });
    expect(wrong.data!.changePassword.userErrors[0]).toEqual(expect.objectContaining({ code: 'INVALID_CREDENTIALS', field: ['input', 'currentPassword'] }));
    const ok = await api.gql(CHANGE, { c: GOOD_PASSWORD, n: 'Another-long-passphrase' }, { token: person.token });
    expect(ok.data!.changePassword.accessToken).toEqual(expect.any(String));
    const oldSession = await api.gql('mutation { refreshSession { userErrors { code } } }', {}, { cookie: person.cookie });
    expect(oldSession.data!.refreshSession.userErrors[0].code).toBe('SESSION_EXPIRED');
    const newSession = await api.gql('mutation { refreshSession { userErrors { code } } }', {}, { cookie: cookieOf(ok.headers) });
    expect(newSession.data!.refreshSession.userErrors).toEqual([]);
  });

  it('deactivation and role changes end sessions at once; only staff admins change roles', async () => {
    const person = await invitedAndAccepted('PARTNER', { partnerOrganizationId: orgs['Gulu Hope Partners'] });
    const ROLE = `mutation($id: ID!, $r: Role!) { setUserRole(input: { userId: $id, role: $r }) { ${PAYLOAD} } }`;
    expect((await api.gql(ROLE, { id: person.id, r: 'STAFF' }, { token: t.staff })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const changed = await api.gql(ROLE, { id: person.id, r: 'STAFF' }, { token: t.admin });
    expect(changed.data!.setUserRole.user.role).toBe('STAFF');
    expect((await api.gql('mutation { refreshSession { userErrors { code } } }', {}, { cookie: person.cookie })).data!.refreshSession.userErrors[0].code).toBe('SESSION_EXPIRED');
    const [roleAudit] = await api.dataSource.query(`SELECT details FROM audit_event WHERE action = 'user.role_changed' AND target_id = $1`, [person.id.length > 36 ? Buffer.from(person.id, 'base64url').toString().split(':')[1] : person.id]);
    expect(roleAudit.details).toEqual({ from: 'PARTNER', to: 'STAFF' });

    const other = await invitedAndAccepted('PARTNER', { partnerOrganizationId: orgs['Gulu Hope Partners'] });
    const off = await api.gql(`mutation($id: ID!) { deactivateUser(input: { userId: $id }) { ${PAYLOAD} } }`, { id: other.id }, { token: t.staff });
    expect(off.data!.deactivateUser.user.status).toBe('DEACTIVATED');
    expect((await api.gql('mutation { refreshSession { userErrors { code } } }', {}, { cookie: other.cookie })).data!.refreshSession.userErrors[0].code).toBe('SESSION_EXPIRED');
    const signIn = await api.gql('mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) { userErrors { code } } }', { e: other.email, p: GOOD_PASSWORD });
    expect(signIn.data!.signIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const actions: Array<{ action: string }> = await api.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY created_at`, [other.id.length > 36 ? Buffer.from(other.id, 'base64url').toString().split(':')[1] : other.id]);
    expect(actions.map((a) => a.action)).toEqual(['user.invited', 'user.invitation_accepted', 'user.deactivated']);
  });
});

describe('account people', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it("an account admin lists their account's people; a partner cannot", async () => {
    const anna = await api.signIn('anna.miller@demo.portal');
    const r = await api.gql('{ accountPeople { totalCount nodes { email status account { name } } } }', {}, { token: anna });
    expect(r.data!.accountPeople.nodes.every((p: any) => p.account.name === 'Miller household')).toBe(true);
    expect(r.data!.accountPeople.nodes.map((p: any) => p.email)).toContain('anna.miller@demo.portal');
    expect(r.data!.accountPeople.nodes.map((p: any) => p.email)).not.toContain('claire.dubois@demo.portal');
    const kenya = await api.signIn('partner.kenya@demo.portal');
    expect((await api.gql('{ accountPeople { totalCount } }', {}, { token: kenya })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

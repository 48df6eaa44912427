import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../../test/harness';
import { totpCode } from './totp';
import { hashPassword } from '../../auth/password';

const PASSWORD = 'Kisumu-sunrise-2026';
const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(input: { email: $e, password: $p }) {
  accessToken twoFactor { challengeToken enrollmentRequired } userErrors { code } } }`;
const START = 'mutation($t: String) { startTwoFactorEnrollment(input: { challengeToken: $t }) { secret otpauthUrl qrCodeDataUrl userErrors { code } } }';
const CONFIRM = 'mutation($t: String, $c: String!) { confirmTwoFactorEnrollment(input: { challengeToken: $t, code: $c }) { accessToken recoveryCodes userErrors { code field } } }';
const VERIFY = 'mutation($t: String!, $c: String!) { verifyTwoFactor(input: { challengeToken: $t, code: $c }) { accessToken userErrors { code field } } }';

describe('two-factor sign-in', () => {
  let api: TestApi;
  let admin: string;

  async function newPerson(role: 'STAFF' | 'PARTNER'): Promise<string> {
    const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`;
    const orgs = await api.gql('{ projects(first: 1) { nodes { partnerOrganization { id } } } }', {}, { token: admin });
    const input = { email, firstName: 'Test', lastName: 'Person', role, ...(role === 'PARTNER' ? { partnerOrganizationId: orgs.data!.projects.nodes[0].partnerOrganization.id } : {}) };
    await api.gql('mutation($i: InviteUserInput!) { inviteUser(input: $i) { userErrors { code } } }', { i: input }, { token: admin });
    const [row]: Array<{ id: string }> = await api.dataSource.query('SELECT id FROM "user" WHERE email = $1', [email]);
    // Accept by setting the password directly: the invitation flow has tests of its own.
    await api.dataSource.query(`UPDATE "user" SET password_hash = $1, status = 'ACTIVE' WHERE id = $2`, [await hashPassword(PASSWORD), row.id]);
    return email;
  }

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.signIn('admin@demo.portal');
  });
  afterAll(() => api.close());

  it('staff must enroll at first sign-in: no session until a first code is confirmed; recovery codes shown once', async () => {
    const email = await newPerson('STAFF');
    const first = await api.gql(SIGN_IN, { e: email, p: PASSWORD });
    expect(first.data!.signIn.accessToken).toBeNull();
    expect(first.data!.signIn.twoFactor.enrollmentRequired).toBe(true);
    const t = first.data!.signIn.twoFactor.challengeToken;
    const start = await api.gql(START, { t });
    const { secret, otpauthUrl, qrCodeDataUrl } = start.data!.startTwoFactorEnrollment;
    expect(otpauthUrl).toContain(`secret=${secret}`);
    expect(qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await api.gql(CONFIRM, { t, c: '000000' })).data!.confirmTwoFactorEnrollment.userErrors[0].code).toBe('INVALID_CODE');
    const done = await api.gql(CONFIRM, { t, c: totpCode(secret) });
    expect(done.data!.confirmTwoFactorEnrollment.accessToken).toEqual(expect.any(String));
    expect(done.data!.confirmTwoFactorEnrollment.recoveryCodes).toHaveLength(10);
    const stored: Array<{ code_hash: string }> = await api.dataSource.query('SELECT code_hash FROM two_factor_recovery_code');
    expect(stored.map((s) => s.code_hash)).not.toContain(done.data!.confirmTwoFactorEnrollment.recoveryCodes[0]);
    // The enrollment token is spent.
    expect((await api.gql(START, { t })).data!.startTwoFactorEnrollment.userErrors[0].code).toBe('INVALID_TOKEN');
  });

  it('then every sign-in asks for a code; a wrong code, a replayed code and a used recovery code fail', async () => {
    const email = await newPerson('STAFF');
    const enroll = await api.gql(SIGN_IN, { e: email, p: PASSWORD });
    const t0 = enroll.data!.signIn.twoFactor.challengeToken;
    const { secret } = (await api.gql(START, { t: t0 })).data!.startTwoFactorEnrollment;
    const { recoveryCodes } = (await api.gql(CONFIRM, { t: t0, c: totpCode(secret) })).data!.confirmTwoFactorEnrollment;

    const again = await api.gql(SIGN_IN, { e: email, p: PASSWORD });
    expect(again.data!.signIn).toEqual(expect.objectContaining({ accessToken: null, twoFactor: { challengeToken: expect.any(String), enrollmentRequired: false } }));
    const t1 = again.data!.signIn.twoFactor.challengeToken;
    expect((await api.gql(VERIFY, { t: t1, c: '123456' })).data!.verifyTwoFactor.userErrors[0]).toEqual({ code: 'INVALID_CODE', field: ['input', 'code'] });
    // The code that confirmed enrollment was used in this step already: a replay fails.
    expect((await api.gql(VERIFY, { t: t1, c: totpCode(secret) })).data!.verifyTwoFactor.userErrors[0].code).toBe('INVALID_CODE');
    const byRecovery = await api.gql(VERIFY, { t: t1, c: recoveryCodes[0].toUpperCase() });
    expect(byRecovery.data!.verifyTwoFactor.accessToken).toEqual(expect.any(String));
    expect((await api.gql(VERIFY, { t: t1, c: recoveryCodes[1] })).data!.verifyTwoFactor.userErrors[0].code).toBe('INVALID_TOKEN');
    const t2 = (await api.gql(SIGN_IN, { e: email, p: PASSWORD })).data!.signIn.twoFactor.challengeToken;
    expect((await api.gql(VERIFY, { t: t2, c: recoveryCodes[0] })).data!.verifyTwoFactor.userErrors[0].code).toBe('INVALID_CODE');
    const audit: Array<{ action: string }> = await api.dataSource.query(`SELECT action FROM audit_event WHERE actor_email = $1 OR target_id IN (SELECT id::text FROM "user" WHERE email = $1)`, [email]);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['two_factor.enabled', 'auth.two_factor_failed', 'two_factor.recovery_code_used']));
  });

  it('is optional for partners: turned on when signed in, off again with the password; staff cannot turn it off', async () => {
    const email = await newPerson('PARTNER');
    const session = (await api.gql(SIGN_IN, { e: email, p: PASSWORD })).data!.signIn;
    expect(session.accessToken).toEqual(expect.any(String));
    const { secret } = (await api.gql(START, {}, { token: session.accessToken })).data!.startTwoFactorEnrollment;
    const confirmed = (await api.gql(CONFIRM, { c: totpCode(secret) }, { token: session.accessToken })).data!.confirmTwoFactorEnrollment;
    expect(confirmed.recoveryCodes).toHaveLength(10);
    expect((await api.gql('{ me { twoFactorEnabled } }', {}, { token: session.accessToken })).data!.me.twoFactorEnabled).toBe(true);
    expect((await api.gql(SIGN_IN, { e: email, p: PASSWORD })).data!.signIn.twoFactor.enrollmentRequired).toBe(false);

    const DISABLE = 'mutation($p: String!) { disableTwoFactor(input: { password: $p }) { user { twoFactorEnabled } userErrors { code } } }';
    expect((await api.gql(DISABLE, { p: 'wrong' }, { token: session.accessToken })).data!.disableTwoFactor.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await api.gql(DISABLE, { p: PASSWORD }, { token: session.accessToken })).data!.disableTwoFactor.user.twoFactorEnabled).toBe(false);
    expect((await api.gql(SIGN_IN, { e: email, p: PASSWORD })).data!.signIn.accessToken).toEqual(expect.any(String));

    expect((await api.gql(DISABLE, { p: 'portal-demo-2026' }, { token: admin })).data!.disableTwoFactor.userErrors[0].code).toBe('NOT_ALLOWED');
  });

  it('a password reset does not skip the second factor', async () => {
    const email = await newPerson('STAFF');
    const t = (await api.gql(SIGN_IN, { e: email, p: PASSWORD })).data!.signIn.twoFactor.challengeToken;
    const { secret } = (await api.gql(START, { t })).data!.startTwoFactorEnrollment;
    await api.gql(CONFIRM, { t, c: totpCode(secret) });
    await api.gql('mutation($e: String!) { requestPasswordReset(input: { email: $e }) { accepted } }', { e: email });
    const [mail]: Array<{ params: { link: string } }> = await api.dataSource.query(`SELECT params FROM mail_outbox WHERE to_address = $1 AND template = 'password-reset' ORDER BY created_at DESC LIMIT 1`, [email]);
    const token = decodeURIComponent(mail.params.link.split('#token=')[1]);
    const r = await api.gql('mutation($t: String!) { resetPassword(input: { token: $t, password: "Another-long-passphrase" }) { accessToken twoFactor { enrollmentRequired } } }', { t: token });
    expect(r.data!.resetPassword).toEqual({ accessToken: null, twoFactor: { enrollmentRequired: false } });
  });
});

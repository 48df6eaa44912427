import { startTestApi, type TestApi } from '../../test/harness';
import { startCapturedMail, type CapturedMail } from '../../test/captured-mail';

const uuid = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1];
const ERRORS = 'userErrors { field code message }';
const DOC = `id type title documentDate audience status origin rejectionReason audienceName currentVersion { id number fileName } versions { totalCount nodes { id number } }`;
const CREATE = `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { id status } version { id number } url method headers ${ERRORS} } }`;
const ADD_VERSION = `mutation($input: AddDocumentVersionInput!) { addDocumentVersion(input: $input) { version { id number } url method headers ${ERRORS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmDocumentVersion(input: { versionId: $id }) { document { ${DOC} } ${ERRORS} } }`;
const REVIEW = `mutation($input: ReviewDocumentInput!) { reviewDocument(input: $input) { document { ${DOC} } ${ERRORS} } }`;
const GET = `query($id: ID!) { document(id: $id) { ${DOC} } }`;
const LIST = `query($type: DocumentType, $search: String, $status: [DocumentStatus!]) { documents(first: 100, type: $type, search: $search, status: $status) { totalCount nodes { id title documentDate } } }`;
const DOWNLOAD = `mutation($input: DocumentDownloadInput!) { documentDownload(input: $input) { url fileName expiresAt userErrors { code } } }`;
const NOTIFS = `{ myNotifications(first: 50) { nodes { id type title itemRoute itemId } } }`;

type Target = { audience: string; targetId?: string | null };

describe('document library', () => {
  let api: TestApi;
  let mail: CapturedMail;
  const t: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const docs: Record<string, string> = {};

  /** Creates a document, uploads its file through the presigned URL and confirms it, as the apps do. */
  const publish = async (token: string, title: string, target: Target, type = 'GUIDE', bytes = Buffer.from(`%PDF-1.4 ${title}`)) => {
    const c = await api.gql(CREATE, { input: { type, title, documentDate: '2026-03-01', ...target, file: { fileName: `${title}.pdf`, contentType: 'application/pdf', byteSize: bytes.length } } }, { token });
    expect(c.errors).toBeUndefined();
    const p = c.data!.createDocument;
    expect(p.userErrors).toEqual([]);
    expect((await fetch(new URL(p.url, api.url), { method: p.method, headers: p.headers, body: bytes })).status).toBeLessThan(300);
    const done = await api.gql(CONFIRM, { id: p.version.id }, { token });
    expect(done.data!.confirmDocumentVersion.userErrors).toEqual([]);
    return done.data!.confirmDocumentVersion.document;
  };
  const sees = async (token: string, docId: string): Promise<boolean> => {
    const r = await api.gql(GET, { id: docId }, { token });
    if (r.errors) {
      expect(r.errors[0].extensions?.code).toBe('NOT_FOUND');
      return false;
    }
    return true;
  };
  const listed = async (token: string, vars: Record<string, unknown> = {}) => (await api.gql(LIST, vars, { token })).data!.documents.nodes.map((d: any) => d.id);

  beforeAll(async () => {
    api = await startTestApi();
    for (const who of ['anna.miller', 'claire.dubois', 'james.okoro', 'partner.kenya', 'partner.uganda', 'reviewer']) t[who.split('.')[who.startsWith('partner') ? 1 : 0]] = await api.signIn(`${who}@demo.portal`);
    const people = await api.gql('{ users(first: 100) { nodes { email account { id } } } }', {}, { token: t.reviewer });
    for (const u of people.data!.users.nodes) if (u.account) ids[`account:${u.email.split('.')[0]}`] = u.account.id;
    const projects = await api.gql('{ projects(first: 100) { nodes { id code partnerOrganization { id name } } } }', {}, { token: t.reviewer });
    for (const p of projects.data!.projects.nodes) {
      ids[`project:${p.code}`] = p.id;
      ids[`org:${p.partnerOrganization.name.split(' ')[0].toLowerCase()}`] = p.partnerOrganization.id;
    }
    mail = await startCapturedMail(api);
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await mail.stop();
  });

  it('shows each viewer exactly the documents meant for them; anything else is NOT_FOUND', async () => {
    docs.account = (await publish(t.reviewer, 'Donation statement 2025', { audience: 'ACCOUNT', targetId: ids['account:anna'] }, 'DONATION_STATEMENT')).id;
    docs.nakuruSponsors = (await publish(t.reviewer, 'Nakuru progress report', { audience: 'PROJECT_SPONSORS', targetId: ids['project:KN'] }, 'CHILD_PROGRESS_REPORT')).id;
    docs.guluPartner = (await publish(t.reviewer, 'Gulu project agreement', { audience: 'PROJECT_PARTNER', targetId: ids['project:UG'] }, 'PARTNER_AGREEMENT')).id;
    docs.kiberaOrg = (await publish(t.reviewer, 'Kibera partnership agreement', { audience: 'PARTNER_ORGANIZATION', targetId: ids['org:kibera'] }, 'PARTNER_AGREEMENT')).id;
    docs.sponsorGuide = (await publish(t.reviewer, 'Guide to writing letters', { audience: 'ALL_SPONSORS' })).id;
    docs.partnerGuide = (await publish(t.reviewer, 'Guide to photo uploads', { audience: 'ALL_PARTNERS' })).id;
    docs.pending = (await publish(t.kenya, 'Kibera term report (draft)', { audience: 'PROJECT_SPONSORS', targetId: ids['project:KE'] }, 'CHILD_PROGRESS_REPORT')).id;

    const viewers = ['anna', 'claire', 'james', 'kenya', 'uganda', 'reviewer'];
    const expected: Record<string, string[]> = {
      account: ['anna', 'reviewer'],
      nakuruSponsors: ['claire', 'kenya', 'reviewer'],
      guluPartner: ['uganda', 'reviewer'],
      kiberaOrg: ['kenya', 'reviewer'],
      sponsorGuide: ['anna', 'claire', 'james', 'reviewer'],
      partnerGuide: ['kenya', 'uganda', 'reviewer'],
      pending: ['kenya', 'reviewer'],
    };
    const table: Record<string, string[]> = {};
    const inLists: Record<string, string[]> = {};
    const lists = Object.fromEntries(await Promise.all(viewers.map(async (v) => [v, await listed(t[v])] as const)));
    for (const [doc, id] of Object.entries(docs)) {
      table[doc] = [];
      inLists[doc] = viewers.filter((v) => lists[v].includes(id));
      for (const v of viewers) if (await sees(t[v], id)) table[doc].push(v);
    }
    expect(table).toEqual(expected);
    expect(inLists).toEqual(expected);
    // Downloading follows the same scope.
    const r = await api.gql(DOWNLOAD, { input: { documentId: docs.account } }, { token: t.claire });
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // An API token sees none; neither does an anonymous caller.
    expect((await api.gql(GET, { id: docs.sponsorGuide })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('organizes by type and date and finds documents by words of the title', async () => {
    expect(await listed(t.anna, { type: 'DONATION_STATEMENT' })).toEqual([docs.account]);
    expect(await listed(t.anna, { search: 'letters guide' })).toEqual([docs.sponsorGuide]);
    expect(await listed(t.anna, { search: 'GUIDE' })).toEqual([docs.sponsorGuide]);
    expect(await listed(t.anna, { search: '100%' })).toEqual([]);
    expect(await listed(t.reviewer, { status: ['PENDING_REVIEW'] })).toEqual([docs.pending]);
    // The staff home counts it among the review queues.
    const tiles = (await api.gql('{ myDashboard { tiles { kind count route } } }', {}, { token: t.reviewer })).data!.myDashboard.tiles;
    expect(tiles.find((x: any) => x.kind === 'DOCUMENTS_TO_REVIEW')).toEqual({ kind: 'DOCUMENTS_TO_REVIEW', count: 1, route: '/admin/documents' });
  });

  it('keeps old versions for staff, shows others the newest, and audits every download', async () => {
    const v2bytes = Buffer.from('%PDF-1.4 corrected statement');
    const a = (await api.gql(ADD_VERSION, { input: { documentId: docs.account, file: { fileName: 'statement-v2.pdf', contentType: 'application/pdf', byteSize: v2bytes.length } } }, { token: t.reviewer })).data!.addDocumentVersion;
    expect(a.userErrors).toEqual([]);
    expect(a.version.number).toBe(2);
    // Before the file is confirmed the sponsor still gets version 1.
    expect((await api.gql(GET, { id: docs.account }, { token: t.anna })).data!.document.currentVersion.number).toBe(1);
    await fetch(new URL(a.url, api.url), { method: a.method, headers: a.headers, body: v2bytes });
    expect((await api.gql(CONFIRM, { id: a.version.id }, { token: t.reviewer })).data!.confirmDocumentVersion.userErrors).toEqual([]);

    const staffView = (await api.gql(GET, { id: docs.account }, { token: t.reviewer })).data!.document;
    expect(staffView.versions.nodes.map((v: any) => v.number)).toEqual([2, 1]);
    const annaView = (await api.gql(GET, { id: docs.account }, { token: t.anna })).data!.document;
    expect(annaView.versions.nodes.map((v: any) => v.number)).toEqual([2]);
    expect(annaView.currentVersion).toMatchObject({ number: 2, fileName: 'statement-v2.pdf' });
    const v1 = staffView.versions.nodes[1].id;
    // The old file: NOT_FOUND for the sponsor, downloadable by staff.
    expect((await api.gql(DOWNLOAD, { input: { documentId: docs.account, versionId: v1 } }, { token: t.anna })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const old = (await api.gql(DOWNLOAD, { input: { documentId: docs.account, versionId: v1 } }, { token: t.reviewer })).data!.documentDownload;
    expect(Buffer.from(await (await fetch(new URL(old.url, api.url))).arrayBuffer()).toString()).toBe('%PDF-1.4 Donation statement 2025');
    const link = (await api.gql(DOWNLOAD, { input: { documentId: docs.account } }, { token: t.anna })).data!.documentDownload;
    expect(link.fileName).toBe('statement-v2.pdf');
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    const got = await fetch(new URL(link.url, api.url));
    expect(Buffer.from(await got.arrayBuffer()).toString()).toBe('%PDF-1.4 corrected statement');
    // The link is signed for this one file: pointed at the old version it is refused.
    const other = link.url.replace(/documents\/([0-9a-f-]+)\/[0-9a-f-]+/, `documents/$1/${uuid(v1)}`);
    expect(other).not.toBe(link.url);
    expect((await fetch(new URL(other, api.url))).status).toBeGreaterThanOrEqual(400);

    const rows: Array<{ actor_id: string; details: { number: number } }> = await api.dataSource.query(
      `SELECT actor_id, details FROM audit_event WHERE action = 'document.downloaded' AND target_id = $1 ORDER BY created_at`, [uuid(docs.account)]);
    const [[anna]] = await api.dataSource.query(`SELECT id FROM "user" WHERE email = 'anna.miller@demo.portal'`).then((r: any) => [r]);
    expect(rows.map((r) => r.details.number)).toEqual([1, 2]);
    expect(rows[1].actor_id).toBe(anna.id);
  });

  it('refuses files and targets that do not fit, saying which field', async () => {
    const input = { type: 'GUIDE', title: 'x', documentDate: '2026-03-01', audience: 'PROJECT_SPONSORS', targetId: ids['project:UG'], file: { fileName: 'a.exe', contentType: 'application/x-msdownload', byteSize: 10 } };
    const bad = (await api.gql(CREATE, { input }, { token: t.kenya })).data!.createDocument.userErrors;
    expect(bad).toEqual([{ field: ['input', 'file', 'contentType'], code: 'INVALID', message: expect.stringContaining('not accepted') }]);
    const other = (await api.gql(CREATE, { input: { ...input, file: { fileName: 'a.pdf', contentType: 'application/pdf', byteSize: 10 } } }, { token: t.kenya })).data!.createDocument.userErrors;
    expect(other).toEqual([{ field: ['input', 'targetId'], code: 'INVALID', message: 'No project of yours with this ID.' }]);
    const audience = (await api.gql(CREATE, { input: { ...input, audience: 'ALL_SPONSORS', targetId: null, file: { fileName: 'a.pdf', contentType: 'application/pdf', byteSize: 10 } } }, { token: t.kenya })).data!.createDocument.userErrors;
    expect(audience[0]).toMatchObject({ field: ['input', 'audience'], code: 'NOT_ALLOWED' });
    // A file smaller than announced is not confirmed.
    const c = (await api.gql(CREATE, { input: { ...input, targetId: ids['project:KE'], file: { fileName: 'a.pdf', contentType: 'application/pdf', byteSize: 10 } } }, { token: t.kenya })).data!.createDocument;
    await fetch(new URL(c.url, api.url), { method: c.method, headers: { ...c.headers, 'content-length': '3' }, body: Buffer.from('abc') });
    expect((await api.gql(CONFIRM, { id: c.version.id }, { token: t.kenya })).data!.confirmDocumentVersion.userErrors[0]).toMatchObject({ field: ['input', 'versionId'], code: 'INVALID' });
    // Partners neither add versions nor review.
    expect((await api.gql(REVIEW, { input: { documentId: docs.pending, decision: 'APPROVE' } }, { token: t.kenya })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('staff review partner uploads: a rejection says why; an approval publishes and tells the audience', async () => {
    const noReason = (await api.gql(REVIEW, { input: { documentId: docs.pending, decision: 'REJECT', reason: ' ' } }, { token: t.reviewer })).data!.reviewDocument;
    expect(noReason.userErrors).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED', message: 'Say why, so the partner can fix it.' }]);
    const rejected = (await api.gql(REVIEW, { input: { documentId: docs.pending, decision: 'REJECT', reason: 'Names of children are visible.' } }, { token: t.reviewer })).data!.reviewDocument;
    expect(rejected.document).toMatchObject({ status: 'REJECTED', rejectionReason: 'Names of children are visible.' });
    expect((await api.gql(GET, { id: docs.pending }, { token: t.kenya })).data!.document).toMatchObject({ status: 'REJECTED', rejectionReason: 'Names of children are visible.' });
    expect(await sees(t.anna, docs.pending)).toBe(false);
    const again = (await api.gql(REVIEW, { input: { documentId: docs.pending, decision: 'APPROVE' } }, { token: t.reviewer })).data!.reviewDocument;
    expect(again.userErrors[0].code).toBe('ILLEGAL_TRANSITION');

    await api.gql('mutation { markAllNotificationsRead(input: {}) { unreadCount } }', {}, { token: t.james });
    const fixed = (await publish(t.kenya, 'Kibera term report', { audience: 'PROJECT_SPONSORS', targetId: ids['project:KE'] }, 'CHILD_PROGRESS_REPORT')).id;
    expect(await sees(t.james, fixed)).toBe(false);
    const approved = (await api.gql(REVIEW, { input: { documentId: fixed, decision: 'APPROVE' } }, { token: t.reviewer })).data!.reviewDocument;
    expect(approved.document.status).toBe('PUBLISHED');
    expect(await sees(t.james, fixed)).toBe(true);
    const [n] = (await api.gql(NOTIFS, {}, { token: t.james })).data!.myNotifications.nodes;
    expect(n).toMatchObject({ type: 'DOCUMENT_PUBLISHED', title: 'New document: Kibera term report', itemId: fixed, itemRoute: `/sponsor/documents/${fixed}` });
    const audit: Array<{ action: string }> = await api.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY created_at`, [uuid(docs.pending)]);
    expect(audit.map((a) => a.action)).toEqual(['document.created', 'document.version_uploaded', 'document.rejected']);
  });

  it('emails a published document per the recipient\'s preference, in their language, through SMTP', async () => {
    await api.gql('mutation($p: [NotificationPreferenceInput!]!) { setNotificationPreferences(input: { preferences: $p }) { userErrors { code } } }', { p: [{ type: 'DOCUMENT_PUBLISHED', mode: 'IMMEDIATE' }] }, { token: t.claire });
    const id = (await publish(t.reviewer, 'Rapport Nakuru 2026', { audience: 'PROJECT_SPONSORS', targetId: ids['project:KN'] }, 'CHILD_PROGRESS_REPORT')).id;
    await mail.sendHeldBack();
    const mails = await mail.capture.store.list({ to: 'claire.dubois@demo.portal' });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Nouveau document : Rapport Nakuru 2026');
    expect(mails[0].text).toContain(`/sponsor/documents/${id}`);
    // Anna is not in this project's audience and has the default (daily digest) anyway: nothing for her.
    expect(await mail.capture.store.list({ to: 'anna.miller@demo.portal' })).toEqual([]);
  });
});

import { startTestApi, type TestApi } from '../../test/harness';

// The code of a refused move (see ILLEGAL_TRANSITION in letter-transitions.ts).
const ILLEGAL = 'ILLEGAL_TRANSITION';

const LETTER = `id status nextActor direction body language groupId flagged sponsorFirstName
  safeguardingFlags { kind match } submittedAt approvedAt printedAt deliveredAt firstReadAt changeReason
  child { code firstName } sponsor { email lastName }`;
const ERRORS = 'userErrors { field code message }';
const uuid = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];
const BULK = `results { id letter { id status nextActor } userError { field code message } } ${ERRORS}`;

const WRITE = `mutation($input: WriteLetterInput!) { writeLetter(input: $input) { results { id letter { ${LETTER} } } ${ERRORS} } }`;
const UPDATE = `mutation($input: UpdateLetterInput!) { updateLetter(input: $input) { letter { ${LETTER} } ${ERRORS} } }`;
const SUBMIT = `mutation($ids: [ID!]!) { submitLetters(input: { letterIds: $ids }) { ${BULK} } }`;
const APPROVE = `mutation($id: ID!) { approveLetter(input: { letterId: $id }) { letter { ${LETTER} } ${ERRORS} } }`;
const APPROVE_ALL = `mutation($ids: [ID!]!) { approveLetters(input: { letterIds: $ids }) { ${BULK} } }`;
const CHANGES = `mutation($id: ID!, $reason: String) { requestLetterChanges(input: { letterId: $id, reason: $reason }) { letter { ${LETTER} } ${ERRORS} } }`;
const REJECT = `mutation($id: ID!, $reason: String) { rejectLetter(input: { letterId: $id, reason: $reason }) { letter { ${LETTER} } ${ERRORS} } }`;
const PRINTED = `mutation($ids: [ID!]!) { markLettersPrinted(input: { letterIds: $ids }) { ${BULK} } }`;
const DELIVERED = `mutation($ids: [ID!]!) { markLettersDelivered(input: { letterIds: $ids }) { ${BULK} } }`;
const REPLY = `mutation($input: RecordChildReplyInput!) { recordChildReply(input: $input) { letter { ${LETTER} inReplyTo { id } } ${ERRORS} } }`;
const READ = `mutation($id: ID!) { markLetterRead(input: { letterId: $id }) { letter { ${LETTER} } ${ERRORS} } }`;
const GET = `query($id: ID!) { letter(id: $id) { ${LETTER} timeline { step label at done reason }
  approvals { totalCount nodes { decision reason createdAt reviewer { email } subject { id } } } } }`;
const QUEUE = `query($status: LetterStatus, $projectId: ID, $flagged: Boolean, $older: Int, $first: Int, $after: String) {
  letterReviewQueue(status: $status, projectId: $projectId, flagged: $flagged, olderThanDays: $older, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id submittedAt child { code } }
    counts { total flagged byProject { project { code } count } } } }`;

describe('letters', () => {
  let api: TestApi;
  const t: Record<string, string> = {};
  const child: Record<string, { id: string; firstName: string }> = {};

  const write = async (token: string, input: Record<string, unknown>) => (await api.gql(WRITE, { input }, { token })).data!.writeLetter;
  const one = async (token: string, childCode: string, body: string, submit = false) => {
    const r = await write(token, { childIds: [child[childCode].id], body, submit });
    expect(r.userErrors).toEqual([]);
    return r.results[0].letter;
  };
  const get = async (token: string, id: string) => api.gql(GET, { id }, { token });
  const mails = async (to: string): Promise<Array<{ template: string; params: Record<string, string> }>> =>
    api.dataSource.query('SELECT template, params FROM mail_outbox WHERE to_address = $1 ORDER BY created_at', [to]);

  beforeAll(async () => {
    api = await startTestApi();
    for (const email of ['anna.miller', 'claire.dubois', 'partner.kenya', 'partner.uganda', 'reviewer']) t[email.split(/[.]/)[0] === 'partner' ? email.split('.')[1] : email.split('.')[0]] = await api.signIn(`${email}@demo.portal`);
    const r = await api.gql('{ children(first: 100) { nodes { id code firstName } } }', {}, { token: t.reviewer });
    for (const c of r.data!.children.nodes) child[c.code] = { id: c.id, firstName: c.firstName };
  });
  afterAll(() => api.close());

  describe('a sponsor writing', () => {
    it('saves a draft, screens it, edits it and sends it for review', async () => {
      const draft = await one(t.anna, 'KE-0001', 'Hello! Call me on +44 7700 900123.');
      expect(draft).toMatchObject({ status: 'DRAFT', nextActor: 'SPONSOR', direction: 'SPONSOR_TO_CHILD', language: 'en', flagged: true, groupId: null, submittedAt: null });
      expect(draft.safeguardingFlags.map((f: any) => f.kind)).toEqual(['PHONE']);
      expect(draft.child.code).toBe('KE-0001');

      const edited = await api.gql(UPDATE, { input: { letterId: draft.id, body: 'Hello! How is school?' } }, { token: t.anna });
      expect(edited.data!.updateLetter.letter).toMatchObject({ status: 'DRAFT', flagged: false, safeguardingFlags: [] });

      const sent = await api.gql(UPDATE, { input: { letterId: draft.id, body: 'Hello! How is school going?', submit: true } }, { token: t.anna });
      expect(sent.data!.updateLetter.userErrors).toEqual([]);
      expect(sent.data!.updateLetter.letter).toMatchObject({ status: 'SUBMITTED', nextActor: 'STAFF', body: 'Hello! How is school going?', submittedAt: expect.any(String) });
    });

    it('warns while writing without saving anything', async () => {
      const r = await api.gql('query($t: String!) { screenLetterText(text: $t) { kind match start end message } }', { t: 'Write to me at anna@example.com' }, { token: t.anna });
      expect(r.data!.screenLetterText).toEqual([{ kind: 'EMAIL', match: 'anna@example.com', start: 15, end: 31, message: expect.any(String) }]);
      const anonymous = await api.gql('{ screenLetterText(text: "x") { kind } }');
      expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('writes one letter to several children with merge fields, grouped', async () => {
      const r = await write(t.anna, { childIds: [child['KE-0002'].id, child['UG-0001'].id], body: 'Dear {{childFirstName}}, love from {{ sponsorFirstName }}.' });
      expect(r.userErrors).toEqual([]);
      const [a, b] = r.results.map((x: any) => x.letter);
      expect(a.body).toBe(`Dear ${child['KE-0002'].firstName}, love from Anna.`);
      expect(b.body).toBe(`Dear ${child['UG-0001'].firstName}, love from Anna.`);
      expect(a.groupId).toEqual(expect.any(String));
      expect(b.groupId).toBe(a.groupId);
      const group = await api.gql('query($g: ID) { letters(groupId: $g) { totalCount } }', { g: a.groupId }, { token: t.anna });
      expect(group.data!.letters.totalCount).toBe(2);
    });

    it('refuses children the sponsor does not sponsor, unknown merge fields and empty letters, writing nothing', async () => {
      const before = (await api.gql('{ letters { totalCount } }', {}, { token: t.anna })).data!.letters.totalCount;
      const theirs = await write(t.anna, { childIds: [child['KE-0001'].id, child['KE-0003'].id], body: 'Hi' });
      expect(theirs.userErrors).toEqual([{ field: ['input', 'childIds', '1'], code: 'INVALID', message: 'You can only write to children you sponsor.' }]);
      const unknown = await write(t.anna, { childIds: [child['KE-0001'].id], body: 'Hi {{childName}}' });
      expect(unknown.userErrors[0]).toMatchObject({ field: ['input', 'body'], code: 'INVALID' });
      const empty = await write(t.anna, { childIds: [child['KE-0001'].id], body: '  ', submit: true });
      expect(empty.userErrors[0]).toMatchObject({ field: ['input', 'body'], code: 'REQUIRED' });
      expect((await api.gql('{ letters { totalCount } }', {}, { token: t.anna })).data!.letters.totalCount).toBe(before);
    });

    it('cannot edit a letter once it is sent, and nothing changes', async () => {
      const sent = await one(t.anna, 'KE-0001', 'Sent already.', true);
      const r = await api.gql(UPDATE, { input: { letterId: sent.id, body: 'Changed!' } }, { token: t.anna });
      expect(r.data!.updateLetter.userErrors).toEqual([{ field: ['input', 'letterId'], code: ILLEGAL, message: 'As sponsor you cannot edit a letter that is waiting for review.' }]);
      expect((await get(t.anna, sent.id)).data!.letter.body).toBe('Sent already.');
    });
  });

  describe('staff review', () => {
    it('asks for changes with a reason: the sponsor is emailed, sees the reason in the timeline, edits and resends', async () => {
      const letter = await one(t.anna, 'KE-0001', 'My number is 0712 345 678.', true);
      const noReason = await api.gql(CHANGES, { id: letter.id, reason: ' ' }, { token: t.reviewer });
      expect(noReason.data!.requestLetterChanges.userErrors[0]).toMatchObject({ code: 'REQUIRED', field: ['input', 'reason'] });

      const mailsBefore = (await mails('anna.miller@demo.portal')).length;
      const r = await api.gql(CHANGES, { id: letter.id, reason: 'Please remove your phone number.' }, { token: t.reviewer });
      expect(r.data!.requestLetterChanges.letter).toMatchObject({ status: 'CHANGES_REQUESTED', nextActor: 'SPONSOR', changeReason: 'Please remove your phone number.' });
      const sent = (await mails('anna.miller@demo.portal')).slice(mailsBefore);
      expect(sent).toEqual([
        {
          template: 'notification',
          params: { title: `Your letter to ${child['KE-0001'].firstName} needs a change`, body: expect.stringContaining('Please remove your phone number.'), link: expect.stringContaining(`/sponsor/letters/${letter.id}`) },
        },
      ]);
      const events = await api.dataSource.query(`SELECT action FROM audit_event WHERE target_type = 'Letter' AND target_id = $1`, [uuid(letter.id)]);
      expect(events.map((e: any) => e.action)).toEqual(['letter.changes_requested']);

      const seen = (await get(t.anna, letter.id)).data!.letter;
      expect(seen.timeline.map((s: any) => [s.step, s.done, s.reason])).toEqual([
        ['DRAFT', true, null],
        ['SENT_FOR_REVIEW', true, null],
        ['CHANGES_REQUESTED', true, 'Please remove your phone number.'],
        ['SENT_FOR_REVIEW', false, null],
        ['APPROVED', false, null],
        ['PRINTED', false, null],
        ['DELIVERED', false, null],
      ]);
      expect(seen.timeline.at(-1).label).toBe(`Delivered to ${child['KE-0001'].firstName}`);

      const edited = await api.gql(UPDATE, { input: { letterId: letter.id, body: 'I will write again soon.', submit: true } }, { token: t.anna });
      expect(edited.data!.updateLetter.letter).toMatchObject({ status: 'SUBMITTED', nextActor: 'STAFF', flagged: false, changeReason: null });
      const approved = await api.gql(APPROVE, { id: letter.id }, { token: t.reviewer });
      expect(approved.data!.approveLetter.letter).toMatchObject({ status: 'APPROVED', nextActor: 'PARTNER', approvedAt: expect.any(String) });

      const history = (await get(t.reviewer, letter.id)).data!.letter.approvals;
      expect(history.totalCount).toBe(2);
      expect(history.nodes.map((a: any) => [a.decision, a.reason, a.reviewer.email, a.subject.id])).toEqual([
        ['CHANGES_REQUESTED', 'Please remove your phone number.', 'reviewer@demo.portal', letter.id],
        ['APPROVED', null, 'reviewer@demo.portal', letter.id],
      ]);
      // The sponsor sees the decisions on their letter, never who the reviewer is.
      const asSponsor = (await get(t.anna, letter.id)).data!.letter.approvals.nodes;
      expect(asSponsor.map((a: any) => [a.decision, a.reviewer])).toEqual([['CHANGES_REQUESTED', null], ['APPROVED', null]]);
      const approvalId = (await api.gql('query($id: ID!) { letter(id: $id) { approvals { nodes { id } } } }', { id: letter.id }, { token: t.reviewer })).data!.letter.approvals.nodes[0].id;
      const NODE = 'query($id: ID!) { node(id: $id) { ... on Approval { reason } } }';
      expect((await api.gql(NODE, { id: approvalId }, { token: t.anna })).data!.node).toEqual({ reason: 'Please remove your phone number.' });
      for (const other of [t.claire, t.kenya]) expect((await api.gql(NODE, { id: approvalId }, { token: other })).errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it('refuses releasing twice, a partner approving and a sponsor approving their own letter', async () => {
      const letter = await one(t.anna, 'KE-0002', 'Twice?', true);
      expect((await api.gql(APPROVE, { id: letter.id }, { token: t.reviewer })).data!.approveLetter.userErrors).toEqual([]);
      const again = await api.gql(APPROVE, { id: letter.id }, { token: t.reviewer });
      expect(again.data!.approveLetter).toEqual({ letter: null, userErrors: [{ field: ['input', 'letterId'], code: ILLEGAL, message: 'As staff you cannot approve a letter that is approved.' }] });
      const partner = await api.gql(APPROVE, { id: letter.id }, { token: t.kenya });
      expect(partner.data!.approveLetter.userErrors[0]).toMatchObject({ code: ILLEGAL, message: 'As partner you cannot approve a letter that is approved.' });
      const mine = await one(t.anna, 'KE-0002', 'Self-approval?', true);
      const self = await api.gql(APPROVE, { id: mine.id }, { token: t.anna });
      expect(self.data!.approveLetter.userErrors[0]).toMatchObject({ code: ILLEGAL, message: 'As sponsor you cannot approve a letter that is waiting for review.' });
      expect((await get(t.reviewer, mine.id)).data!.letter.approvals.totalCount).toBe(0);
    });

    it('rejects with a reason, which ends the letter', async () => {
      const letter = await one(t.anna, 'UG-0001', 'Can we meet when I visit?', true);
      const r = await api.gql(REJECT, { id: letter.id, reason: 'Visits are arranged through the office.' }, { token: t.reviewer });
      expect(r.data!.rejectLetter.letter).toMatchObject({ status: 'REJECTED', nextActor: 'NOBODY', changeReason: 'Visits are arranged through the office.' });
      const resend = await api.gql(SUBMIT, { ids: [letter.id] }, { token: t.anna });
      expect(resend.data!.submitLetters.userErrors[0].code).toBe(ILLEGAL);
    });

    it('approves in bulk, with a userError for each letter that cannot be approved', async () => {
      const ok1 = await one(t.claire, 'KE-0003', 'Bonjour !', true);
      const ok2 = await one(t.claire, 'UG-0002', 'Bonjour encore !', true);
      const flagged = await one(t.claire, 'UG-0003', 'Écris-moi : claire@example.fr', true);
      const draft = await one(t.claire, 'KN-0001', 'Brouillon');
      const r = await api.gql(APPROVE_ALL, { ids: [ok1.id, flagged.id, draft.id, 'bogus', ok2.id] }, { token: t.reviewer });
      const p = r.data!.approveLetters;
      expect(p.results.map((x: any) => [x.id, x.letter?.status ?? null, x.userError?.code ?? null])).toEqual([
        [ok1.id, 'APPROVED', null],
        [flagged.id, null, 'NOT_ALLOWED'],
        [draft.id, null, ILLEGAL],
        ['bogus', null, 'INVALID'],
        [ok2.id, 'APPROVED', null],
      ]);
      expect(p.userErrors.map((e: any) => e.field)).toEqual([['input', 'letterIds', '1'], ['input', 'letterIds', '2'], ['input', 'letterIds', '3']]);
      // A flagged letter is approved on its own, after a person has read it.
      expect((await api.gql(APPROVE, { id: flagged.id }, { token: t.reviewer })).data!.approveLetter.letter.status).toBe('APPROVED');
    });

    it('lists the queue oldest first, filtered by project, flags and age, with counts over all pages', async () => {
      const a = await one(t.claire, 'KN-0001', 'Première lettre.', true);
      const b = await one(t.claire, 'KN-0001', 'Mon site : www.example.fr', true);
      await api.dataSource.query(`UPDATE letter SET submitted_at = now() - interval '10 days' WHERE id = $1`, [uuid(a.id)]);
      const projects = await api.gql('{ projects { nodes { id code } } }', {}, { token: t.reviewer });
      const kn = projects.data!.projects.nodes.find((p: any) => p.code === 'KN').id;

      const q = (await api.gql(QUEUE, { projectId: kn }, { token: t.reviewer })).data!.letterReviewQueue;
      const ids = q.nodes.map((n: any) => n.id);
      expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
      expect(q.nodes.every((n: any) => n.child.code.startsWith('KN-'))).toBe(true);
      const times = q.nodes.map((n: any) => n.submittedAt);
      expect([...times].sort()).toEqual(times);
      expect(q.counts.total).toBe(q.totalCount);
      expect(q.counts.byProject).toEqual([{ project: { code: 'KN' }, count: q.totalCount }]);
      expect(q.counts.flagged).toBeGreaterThanOrEqual(1);

      const flagged = (await api.gql(QUEUE, { projectId: kn, flagged: true }, { token: t.reviewer })).data!.letterReviewQueue;
      expect(flagged.nodes.map((n: any) => n.id)).toContain(b.id);
      expect(flagged.nodes.map((n: any) => n.id)).not.toContain(a.id);
      const old = (await api.gql(QUEUE, { older: 7 }, { token: t.reviewer })).data!.letterReviewQueue;
      expect(old.nodes.map((n: any) => n.id)).toContain(a.id);
      expect(old.nodes.map((n: any) => n.id)).not.toContain(b.id);

      const all = (await api.gql(QUEUE, {}, { token: t.reviewer })).data!.letterReviewQueue;
      const paged: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: any = (await api.gql(QUEUE, { first: 2, after }, { token: t.reviewer })).data!.letterReviewQueue;
        paged.push(...page.nodes.map((n: any) => n.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged).toEqual(all.nodes.map((n: any) => n.id));

      const asPartner = await api.gql(QUEUE, {}, { token: t.kenya });
      expect(asPartner.errors![0].extensions!.code).toBe('FORBIDDEN');
    });
  });

  describe('partners', () => {
    let released: any[];
    beforeAll(async () => {
      released = [];
      for (const code of ['KE-0001', 'KE-0002', 'UG-0001']) {
        const l = await one(t.anna, code, `A letter for ${code}.`, true);
        await api.gql(APPROVE, { id: l.id }, { token: t.reviewer });
        released.push(l);
      }
    });

    it('sees released letters in a print queue grouped by project, with only the sponsor first name', async () => {
      const r = await api.gql('{ printQueue { project { code } count letters(first: 100) { totalCount nodes { id status sponsorFirstName sponsor { email } child { code } } } } }', {}, { token: t.kenya });
      const groups = r.data!.printQueue;
      expect(groups.map((g: any) => g.project.code)).toEqual(['KE']);
      const ke = groups[0];
      expect(ke.count).toBe(ke.letters.totalCount);
      const ids = ke.letters.nodes.map((n: any) => n.id);
      expect(ids).toEqual(expect.arrayContaining([released[0].id, released[1].id]));
      expect(ids).not.toContain(released[2].id);
      expect(ke.letters.nodes.every((n: any) => n.status === 'APPROVED' && n.sponsor === null && n.child.code.startsWith('KE-'))).toBe(true);
      expect(ke.letters.nodes.find((n: any) => n.id === released[0].id).sponsorFirstName).toBe('Anna');
      const uganda = await api.gql('{ printQueue { project { code } letters { nodes { id } } } }', {}, { token: t.uganda });
      expect(uganda.data!.printQueue.map((g: any) => g.project.code)).toEqual(['UG']);
      expect(uganda.data!.printQueue[0].letters.nodes.map((n: any) => n.id)).toContain(released[2].id);
    });

    it('downloads a print pack: one page per letter; nothing when any letter is out of reach', async () => {
      const url = (ids: string[]) => `${api.url}/letters/print-pack.pdf?ids=${ids.map(encodeURIComponent).join(',')}`;
      const res = await fetch(url([released[0].id, released[1].id]), { headers: { authorization: `Bearer ${t.kenya}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      const pdf = Buffer.from(await res.arrayBuffer()).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      expect(pdf.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(2);

      const otherOrg = await fetch(url([released[0].id, released[2].id]), { headers: { authorization: `Bearer ${t.kenya}` } });
      expect(otherOrg.status).toBe(404);
      expect(((await otherOrg.json()) as any).ids).toEqual([released[2].id]);
      const notReleased = await one(t.anna, 'KE-0001', 'Not yet reviewed.', true);
      expect((await fetch(url([notReleased.id]), { headers: { authorization: `Bearer ${t.kenya}` } })).status).toBe(404);
      expect((await fetch(url([released[0].id]), { headers: { authorization: `Bearer ${t.anna}` } })).status).toBe(403);
      expect((await fetch(url([released[0].id]))).status).toBe(401);
      expect((await fetch(`${api.url}/letters/print-pack.pdf`, { headers: { authorization: `Bearer ${t.kenya}` } })).status).toBe(400);
    });

    it('marks letters printed and delivered in bulk; the sponsor is emailed and sees the dates', async () => {
      const [a, b] = released;
      const early = await api.gql(DELIVERED, { ids: [a.id] }, { token: t.kenya });
      expect(early.data!.markLettersDelivered.userErrors[0]).toMatchObject({ code: ILLEGAL, message: 'As partner you cannot mark as delivered a letter that is approved.' });
      const printed = await api.gql(PRINTED, { ids: [a.id, b.id] }, { token: t.kenya });
      expect(printed.data!.markLettersPrinted.results.map((r: any) => [r.letter.status, r.letter.nextActor])).toEqual([['PRINTED', 'PARTNER'], ['PRINTED', 'PARTNER']]);
      const before = (await mails('anna.miller@demo.portal')).length;
      const delivered = await api.gql(DELIVERED, { ids: [a.id, b.id] }, { token: t.kenya });
      expect(delivered.data!.markLettersDelivered.userErrors).toEqual([]);
      const sent = (await mails('anna.miller@demo.portal')).slice(before);
      expect(sent.map((m) => m.params.title).sort()).toEqual([`${child['KE-0001'].firstName} has received your letter`, `${child['KE-0002'].firstName} has received your letter`].sort());

      const seen = (await get(t.anna, a.id)).data!.letter;
      expect(seen).toMatchObject({ status: 'DELIVERED', nextActor: 'NOBODY', printedAt: expect.any(String), deliveredAt: expect.any(String) });
      expect(seen.timeline.map((s: any) => s.done)).toEqual([true, true, true, true, true]);
      // The other partner cannot touch them.
      const other = await api.gql(PRINTED, { ids: [a.id] }, { token: t.uganda });
      expect(other.data!.markLettersPrinted.userErrors[0]).toMatchObject({ code: 'INVALID', message: 'No letter with this ID.' });
    });
  });

  describe('child replies', () => {
    it('are recorded by the partner, released by staff, then read by the sponsor', async () => {
      const original = await one(t.anna, 'KE-0001', 'What is your favourite game?', true);
      await api.gql(APPROVE, { id: original.id }, { token: t.reviewer });
      const r = await api.gql(REPLY, { input: { childId: child['KE-0001'].id, body: 'I like football. Thank you!', inReplyToId: original.id } }, { token: t.kenya });
      expect(r.data!.recordChildReply.userErrors).toEqual([]);
      const reply = r.data!.recordChildReply.letter;
      expect(reply).toMatchObject({ direction: 'CHILD_TO_SPONSOR', status: 'SUBMITTED', nextActor: 'STAFF', sponsorFirstName: 'Anna', sponsor: null, inReplyTo: { id: original.id } });

      // Not for the sponsor's eyes until staff release it; another partner never sees it.
      expect((await get(t.anna, reply.id)).errors![0].extensions!.code).toBe('NOT_FOUND');
      expect((await get(t.uganda, reply.id)).errors![0].extensions!.code).toBe('NOT_FOUND');

      const before = (await mails('anna.miller@demo.portal')).length;
      const released = await api.gql(APPROVE, { id: reply.id }, { token: t.reviewer });
      expect(released.data!.approveLetter.letter).toMatchObject({ status: 'APPROVED', nextActor: 'SPONSOR' });
      expect((await mails('anna.miller@demo.portal')).slice(before).map((m) => m.params.title)).toEqual([`A letter from ${child['KE-0001'].firstName}`]);

      const seen = (await get(t.anna, reply.id)).data!.letter;
      expect(seen).toMatchObject({ body: 'I like football. Thank you!', firstReadAt: null });
      const read = await api.gql(READ, { id: reply.id }, { token: t.anna });
      const firstReadAt = read.data!.markLetterRead.letter.firstReadAt;
      expect(read.data!.markLetterRead.letter).toMatchObject({ nextActor: 'NOBODY', firstReadAt: expect.any(String) });
      const again = await api.gql(READ, { id: reply.id }, { token: t.anna });
      expect(again.data!.markLetterRead.letter.firstReadAt).toBe(firstReadAt);
      // A partner cannot mark it read; the sponsor cannot edit it.
      expect((await api.gql(READ, { id: reply.id }, { token: t.kenya })).data!.markLetterRead.userErrors[0].code).toBe(ILLEGAL);
      expect((await api.gql(UPDATE, { input: { letterId: reply.id, body: 'x' } }, { token: t.anna })).data!.updateLetter.userErrors[0].code).toBe(ILLEGAL);
    });

    it('go back to the partner when staff ask for changes', async () => {
      const r = await api.gql(REPLY, { input: { childId: child['KE-0002'].id, body: 'Transcription with a typo.' } }, { token: t.kenya });
      const reply = r.data!.recordChildReply.letter;
      const changes = await api.gql(CHANGES, { id: reply.id, reason: 'Please check the second line against the scan.' }, { token: t.reviewer });
      expect(changes.data!.requestLetterChanges.letter).toMatchObject({ status: 'CHANGES_REQUESTED', nextActor: 'PARTNER' });
      const fixed = await api.gql(UPDATE, { input: { letterId: reply.id, body: 'Transcription, fixed.', submit: true } }, { token: t.kenya });
      expect(fixed.data!.updateLetter.letter).toMatchObject({ status: 'SUBMITTED', body: 'Transcription, fixed.' });
    });

    it('need a sponsored child of the partner and a letter that child received', async () => {
      const unsponsored = await api.gql(REPLY, { input: { childId: child['KE-0012'].id, body: 'Hello' } }, { token: t.kenya });
      expect(unsponsored.data!.recordChildReply.userErrors[0]).toMatchObject({ field: ['input', 'childId'], code: 'INVALID' });
      const otherOrg = await api.gql(REPLY, { input: { childId: child['UG-0001'].id, body: 'Hello' } }, { token: t.kenya });
      expect(otherOrg.data!.recordChildReply.userErrors[0]).toMatchObject({ field: ['input', 'childId'], code: 'INVALID' });
      const sponsorTries = await api.gql(REPLY, { input: { childId: child['KE-0001'].id, body: 'Hello' } }, { token: t.anna });
      expect(sponsorTries.errors![0].extensions!.code).toBe('FORBIDDEN');
    });
  });

  describe('row scope', () => {
    it("keeps each sponsor to their own letters, through letters, letter(id) and node(id)", async () => {
      const annas = await one(t.anna, 'KE-0001', 'Private to Anna.');
      const claires = await one(t.claire, 'KE-0003', 'Privé à Claire.');
      const list = await api.gql('{ letters(first: 100) { nodes { id sponsorFirstName } } }', {}, { token: t.anna });
      expect(list.data!.letters.nodes.map((n: any) => n.id)).toContain(annas.id);
      expect(list.data!.letters.nodes.every((n: any) => n.sponsorFirstName === 'Anna')).toBe(true);
      for (const q of ['query($id: ID!) { letter(id: $id) { id } }', 'query($id: ID!) { node(id: $id) { id } }']) {
        const r = await api.gql(q, { id: claires.id }, { token: t.anna });
        expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
      }
      const own = await api.gql('query($id: ID!) { node(id: $id) { ... on Letter { body } } }', { id: claires.id }, { token: t.claire });
      expect(own.data!.node.body).toBe('Privé à Claire.');
      const edit = await api.gql(UPDATE, { input: { letterId: claires.id, body: 'Hijacked' } }, { token: t.anna });
      expect(edit.errors![0].extensions!.code).toBe('NOT_FOUND');
    });

    it('shows partners only released letters to their own children, never a draft or a sponsor email', async () => {
      const draft = await one(t.anna, 'KE-0001', 'Draft for KE.');
      const waiting = await one(t.anna, 'KE-0001', 'Waiting for KE.', true);
      const released = await one(t.anna, 'KE-0001', 'Released for KE.', true);
      await api.gql(APPROVE, { id: released.id }, { token: t.reviewer });
      for (const hidden of [draft, waiting]) {
        const r = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: hidden.id }, { token: t.kenya });
        expect(r.errors![0].extensions!.code).toBe('NOT_FOUND');
      }
      const seen = await api.gql(`query($id: ID!) { node(id: $id) { ... on Letter { body sponsorFirstName sponsor { email } author { email } safeguardingFlags { kind } approvals { totalCount } } } }`, { id: released.id }, { token: t.kenya });
      expect(seen.data!.node).toEqual({ body: 'Released for KE.', sponsorFirstName: 'Anna', sponsor: null, author: null, safeguardingFlags: [], approvals: { totalCount: 0 } });
      expect(JSON.stringify(seen)).not.toMatch(/Miller|anna\.miller/);
      const uganda = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: released.id }, { token: t.uganda });
      expect(uganda.errors![0].extensions!.code).toBe('NOT_FOUND');
      const all = await api.gql('{ letters(first: 100) { nodes { status direction child { code } } } }', {}, { token: t.kenya });
      for (const n of all.data!.letters.nodes) {
        expect(n.child.code).toMatch(/^(KE|KN)-/);
        if (n.direction === 'SPONSOR_TO_CHILD') expect(['APPROVED', 'PRINTED', 'DELIVERED']).toContain(n.status);
      }
    });

    it("shows staff every letter with the sponsor's details; anonymous callers nothing", async () => {
      const claires = await one(t.claire, 'KN-0001', 'Pour le personnel.');
      const staff = await api.gql('query($id: ID!) { node(id: $id) { ... on Letter { body sponsor { email } } } }', { id: claires.id }, { token: t.reviewer });
      expect(staff.data!.node).toEqual({ body: 'Pour le personnel.', sponsor: { email: 'claire.dubois@demo.portal' } });
      const anonymous = await api.gql('{ letters { totalCount } }');
      expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    });
  });
});

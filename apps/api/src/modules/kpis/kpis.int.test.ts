import { randomUUID } from 'node:crypto';
import { startTestApi, type TestApi } from '../../test/harness';

const KPIS = `query($months: Int!, $endingAt: DateTimeISO) {
  kpis(months: $months, endingAt: $endingAt) {
    from to months activeWindowDays
    activeUsers { role active people }
    letters { submitted replies delivered medianHoursToDelivery months { month submitted replies delivered medianHoursToDelivery } }
    uploads { automatic byHand needsAttention automaticShare months { month automatic byHand needsAttention automaticShare } }
    requests { opened resolved medianHoursToResolve months { month opened resolved medianHoursToResolve } }
  }
}`;

// The seeded history lies in early 2020, long before the demo data and other tests (written "now"),
// so every figure below is exact.
const ENDING_AT = '2020-03-20T12:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('kpis', () => {
  let api: TestApi;
  let staff: string;

  const insertUser = async (role: string, createdAt: string, status = 'ACTIVE'): Promise<string> => {
    const id = randomUUID();
    await api.dataSource.query(
      `INSERT INTO "user" (id, email, first_name, last_name, display_name, role, status, created_at, updated_at) VALUES ($1, $2, 'K', 'Pi', 'K Pi', $3, $4, $5, $5)`,
      [id, `kpi-${id}@example.org`, role, status, at(createdAt)],
    );
    return id;
  };
  const signedInAt = (userId: string, createdAt: string) =>
    api.dataSource.query(`INSERT INTO refresh_token (id, user_id, family_id, token_hash, expires_at, created_at) VALUES ($1, $2, $1, $3, $4, $4)`, [
      randomUUID(),
      userId,
      randomUUID().replace(/-/g, '').padEnd(64, '0'),
      at(createdAt),
    ]);

  beforeAll(async () => {
    api = await startTestApi();
    staff = await api.signIn('reviewer@demo.portal');
    const db = api.dataSource;
    const [s] = await db.query(`SELECT id, child_id, sponsor_id FROM sponsorship LIMIT 1`);
    const [partner] = await db.query(`SELECT id, partner_organization_id FROM "user" WHERE role = 'PARTNER' LIMIT 1`);
    const [form] = await db.query(`SELECT id FROM request_form LIMIT 1`);

    // Active users: signed in (a refresh token issued) within 30 days before 2020-03-20 12:00.
    const sponsors = [await insertUser('SPONSOR', '2019-06-01'), await insertUser('SPONSOR', '2019-06-01'), await insertUser('SPONSOR', '2019-06-01')];
    await signedInAt(sponsors[0], '2020-03-10T00:00:00Z');
    await signedInAt(sponsors[1], '2020-02-19T11:59:00Z'); // just over 30 days before: not active
    await signedInAt(await insertUser('SPONSOR', '2019-06-01', 'DEACTIVATED'), '2020-03-15T00:00:00Z'); // cannot sign in: not counted
    await insertUser('SPONSOR', '2020-04-01'); // did not exist yet
    await signedInAt(await insertUser('PARTNER', '2019-06-01'), '2020-03-20T11:00:00Z');
    await signedInAt(await insertUser('STAFF', '2019-06-01'), '2020-03-21T00:00:00Z'); // after the period end
    await signedInAt(await insertUser('STAFF_ADMIN', '2019-06-01'), '2020-02-20T13:00:00Z');

    const letter = (direction: string, status: string, submitted: string, delivered: string | null) =>
      db.query(
        `INSERT INTO letter (id, direction, sponsorship_id, child_id, sponsor_id, author_id, body, language, status, next_actor, submitted_at, delivered_at, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $5, 'Hello', 'en', $6, 'NOBODY', $7, $8, $7, $7)`,
        [randomUUID(), direction, s.id, s.child_id, s.sponsor_id, status, at(submitted), delivered ? at(delivered) : null],
      );
    await letter('SPONSOR_TO_CHILD', 'DELIVERED', '2020-01-10T00:00:00Z', '2020-01-20T00:00:00Z'); // 240 h
    await letter('SPONSOR_TO_CHILD', 'DELIVERED', '2020-01-15T00:00:00Z', '2020-03-01T00:00:00Z'); // 1104 h
    await letter('SPONSOR_TO_CHILD', 'DELIVERED', '2020-02-01T00:00:00Z', '2020-03-03T00:00:00Z'); // 744 h
    await letter('SPONSOR_TO_CHILD', 'SUBMITTED', '2020-03-05T00:00:00Z', null);
    await letter('SPONSOR_TO_CHILD', 'DELIVERED', '2019-12-20T00:00:00Z', '2020-01-04T00:00:00Z'); // 360 h, submitted before the period
    await letter('CHILD_TO_SPONSOR', 'APPROVED', '2020-02-10T00:00:00Z', null);
    await letter('SPONSOR_TO_CHILD', 'SUBMITTED', '2020-04-02T00:00:00Z', null); // after the period

    const upload = async (status: string, processed: string, byHand = false) => {
      const mediaId = randomUUID();
      await db.query(
        `INSERT INTO upload (id, partner_organization_id, uploader_id, file_name, content_type, byte_size, status, media_id, processed_at, created_at, updated_at)
         VALUES ($1, $2, $3, 'KE-0001.jpg', 'image/jpeg', 1000, $4, $5, $6, $6, $6)`,
        [randomUUID(), partner.partner_organization_id, partner.id, status, status === 'FAILED' ? null : mediaId, at(processed)],
      );
      if (byHand) {
        await db.query(`INSERT INTO audit_event (id, action, actor_id, target_type, target_id, details, created_at) VALUES ($1, 'media.child_assigned', $2, 'Media', $3, '{}', $4)`, [
          randomUUID(),
          partner.id,
          mediaId,
          at(processed),
        ]);
      }
    };
    await upload('MATCHED', '2020-01-03T00:00:00Z');
    await upload('MATCHED', '2020-01-04T00:00:00Z');
    await upload('MATCHED', '2020-01-05T00:00:00Z', true);
    await upload('NEEDS_ATTENTION', '2020-02-05T00:00:00Z');
    await upload('FAILED', '2020-02-06T00:00:00Z');
    await upload('DUPLICATE', '2020-02-07T00:00:00Z');
    await upload('MATCHED', '2020-03-02T00:00:00Z');

    const request = (created: string, resolved: string | null) =>
      db.query(
        `INSERT INTO request (id, form_id, requester_id, requester_kind, subject, status, next_actor, resolved_at, last_activity_at, created_at, updated_at)
         VALUES ($1, $2, $3, 'SPONSOR', 'Question', $4, $5, $6, $7, $7, $7)`,
        [randomUUID(), form.id, s.sponsor_id, resolved ? 'RESOLVED' : 'RECEIVED', resolved ? 'REQUESTER' : 'STAFF', resolved ? at(resolved) : null, at(created)],
      );
    await request('2020-01-05T00:00:00Z', '2020-01-06T00:00:00Z'); // 24 h
    await request('2020-01-10T00:00:00Z', '2020-02-10T00:00:00Z'); // 744 h
    await request('2020-02-01T00:00:00Z', '2020-02-01T12:00:00Z'); // 12 h
    await request('2020-02-20T00:00:00Z', null);
    await request('2020-03-01T00:00:00Z', '2020-03-04T00:00:00Z'); // 72 h
  });
  // The integration files share one database: take the 2020 history away again, so that no later
  // file counts these letters, uploads, requests or people.
  afterAll(async () => {
    const db = api.dataSource;
    const before = at('2021-01-01T00:00:00Z');
    await db.query(`DELETE FROM audit_event WHERE action = 'media.child_assigned' AND created_at < $1`, [before]);
    await db.query(`DELETE FROM upload WHERE created_at < $1`, [before]);
    await db.query(`DELETE FROM request WHERE created_at < $1`, [before]);
    await db.query(`DELETE FROM letter WHERE created_at < $1`, [before]);
    await db.query(`DELETE FROM refresh_token WHERE user_id IN (SELECT id FROM "user" WHERE email LIKE 'kpi-%@example.org')`);
    await db.query(`DELETE FROM "user" WHERE email LIKE 'kpi-%@example.org'`);
    await api.close();
  });

  it('computes every KPI per month and over the period from the seeded history', async () => {
    const r = await api.gql(KPIS, { months: 3, endingAt: ENDING_AT }, { token: staff });
    expect(r.errors).toBeUndefined();
    const k = r.data!.kpis;
    expect(k).toMatchObject({ from: '2020-01-01T00:00:00.000Z', to: '2020-04-01T00:00:00.000Z', months: ['2020-01', '2020-02', '2020-03'], activeWindowDays: 30 });
    expect(k.activeUsers).toEqual([
      { role: 'SPONSOR', active: 1, people: 3 },
      { role: 'PARTNER', active: 1, people: 1 },
      { role: 'STAFF', active: 0, people: 1 },
      { role: 'STAFF_ADMIN', active: 1, people: 1 },
    ]);
    expect(k.letters).toEqual({
      submitted: 4,
      replies: 1,
      delivered: 4,
      medianHoursToDelivery: 552, // 240, 360, 744, 1104
      months: [
        { month: '2020-01', submitted: 2, replies: 0, delivered: 2, medianHoursToDelivery: 300 },
        { month: '2020-02', submitted: 1, replies: 1, delivered: 0, medianHoursToDelivery: null },
        { month: '2020-03', submitted: 1, replies: 0, delivered: 2, medianHoursToDelivery: 924 },
      ],
    });
    expect(k.uploads).toEqual({
      automatic: 3,
      byHand: 1,
      needsAttention: 1,
      automaticShare: 0.6,
      months: [
        { month: '2020-01', automatic: 2, byHand: 1, needsAttention: 0, automaticShare: 2 / 3 },
        { month: '2020-02', automatic: 0, byHand: 0, needsAttention: 1, automaticShare: 0 },
        { month: '2020-03', automatic: 1, byHand: 0, needsAttention: 0, automaticShare: 1 },
      ],
    });
    expect(k.requests).toEqual({
      opened: 5,
      resolved: 4,
      medianHoursToResolve: 48, // 12, 24, 72, 744
      months: [
        { month: '2020-01', opened: 2, resolved: 1, medianHoursToResolve: 24 },
        { month: '2020-02', opened: 2, resolved: 2, medianHoursToResolve: 378 },
        { month: '2020-03', opened: 1, resolved: 1, medianHoursToResolve: 72 },
      ],
    });
  });

  it('fills months without data with zeros and no median', async () => {
    const r = await api.gql(KPIS, { months: 2, endingAt: '2019-11-15T00:00:00Z' }, { token: staff });
    expect(r.errors).toBeUndefined();
    const k = r.data!.kpis;
    expect(k.months).toEqual(['2019-10', '2019-11']);
    expect(k.letters).toEqual({
      submitted: 0,
      replies: 0,
      delivered: 0,
      medianHoursToDelivery: null,
      months: ['2019-10', '2019-11'].map((month) => ({ month, submitted: 0, replies: 0, delivered: 0, medianHoursToDelivery: null })),
    });
    expect(k.uploads.automaticShare).toBeNull();
    expect(k.requests.months).toEqual(['2019-10', '2019-11'].map((month) => ({ month, opened: 0, resolved: 0, medianHoursToResolve: null })));
    expect(k.activeUsers.every((u: { active: number }) => u.active === 0)).toBe(true);
  });

  it('counts a real sign-in as activity now', async () => {
    const r = await api.gql(KPIS, { months: 1 }, { token: staff });
    expect(r.errors).toBeUndefined();
    const staffRow = r.data!.kpis.activeUsers.find((u: { role: string }) => u.role === 'STAFF');
    // The reviewer signed in above, through the real sign-in and second factor.
    expect(staffRow.active).toBeGreaterThanOrEqual(1);
    expect(r.data!.kpis.months).toHaveLength(1);
  });

  it('refuses a period out of range as bad input', async () => {
    for (const months of [0, 37]) {
      const r = await api.gql(KPIS, { months }, { token: staff });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'months' });
    }
  });

  it('is for staff only: sponsors, partners and anonymous callers are refused', async () => {
    for (const who of ['james.okoro', 'partner.kenya']) {
      const r = await api.gql(KPIS, { months: 3, endingAt: ENDING_AT }, { token: await api.signIn(`${who}@demo.portal`) });
      expect(r.data?.kpis ?? null).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await api.gql(KPIS, { months: 3 });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

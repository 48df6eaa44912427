import { LetterAction, LetterActor, LetterDirection, LetterStatus, transition, type ActingRole } from './letter-state';

// The whole table, written out independently of LETTER_RULES: direction, role, action, from → to, next, stamp.
// "=" keeps the status. Every combination not listed must be refused.
const LEGAL = `
SPONSOR_TO_CHILD SPONSOR EDIT            new               DRAFT             SPONSOR -
SPONSOR_TO_CHILD SPONSOR EDIT            DRAFT             DRAFT             SPONSOR -
SPONSOR_TO_CHILD SPONSOR EDIT            CHANGES_REQUESTED =                 SPONSOR -
SPONSOR_TO_CHILD SPONSOR DELETE          DRAFT             =                 NOBODY  -
SPONSOR_TO_CHILD SPONSOR SUBMIT          new               SUBMITTED         STAFF   submittedAt
SPONSOR_TO_CHILD SPONSOR SUBMIT          DRAFT             SUBMITTED         STAFF   submittedAt
SPONSOR_TO_CHILD SPONSOR SUBMIT          CHANGES_REQUESTED SUBMITTED         STAFF   submittedAt
SPONSOR_TO_CHILD STAFF   APPROVE         SUBMITTED         APPROVED          PARTNER approvedAt
SPONSOR_TO_CHILD STAFF   REQUEST_CHANGES SUBMITTED         CHANGES_REQUESTED SPONSOR -
SPONSOR_TO_CHILD STAFF   REJECT          SUBMITTED         REJECTED          NOBODY  -
SPONSOR_TO_CHILD PARTNER MARK_PRINTED    APPROVED          PRINTED           PARTNER printedAt
SPONSOR_TO_CHILD PARTNER MARK_DELIVERED  PRINTED           DELIVERED         NOBODY  deliveredAt
CHILD_TO_SPONSOR PARTNER SUBMIT          new               SUBMITTED         STAFF   submittedAt
CHILD_TO_SPONSOR PARTNER SUBMIT          CHANGES_REQUESTED SUBMITTED         STAFF   submittedAt
CHILD_TO_SPONSOR PARTNER EDIT            CHANGES_REQUESTED =                 PARTNER -
CHILD_TO_SPONSOR STAFF   APPROVE         SUBMITTED         APPROVED          SPONSOR approvedAt
CHILD_TO_SPONSOR STAFF   REQUEST_CHANGES SUBMITTED         CHANGES_REQUESTED PARTNER -
CHILD_TO_SPONSOR STAFF   REJECT          SUBMITTED         REJECTED          NOBODY  -
CHILD_TO_SPONSOR SPONSOR MARK_READ       APPROVED          =                 NOBODY  firstReadAt
`
  .trim()
  .split('\n')
  .map((line) => line.trim().split(/\s+/));

const ROLES: ActingRole[] = [LetterActor.SPONSOR, LetterActor.STAFF, LetterActor.PARTNER];
const STATUSES: Array<LetterStatus | null> = [null, ...Object.values(LetterStatus)];

const cases = Object.values(LetterDirection).flatMap((direction) =>
  ROLES.flatMap((role) =>
    Object.values(LetterAction).flatMap((action) =>
      STATUSES.map((status) => {
        const row = LEGAL.find((r) => r[0] === direction && r[1] === role && r[2] === action && r[3] === (status ?? 'new'));
        return { direction, role, action, status, row };
      }),
    ),
  ),
);

describe('letter state machine', () => {
  it('covers every direction × role × action × state', () => {
    expect(cases).toHaveLength(2 * 3 * 9 * 8);
    expect(cases.filter((c) => c.row)).toHaveLength(LEGAL.length);
  });

  it.each(cases.filter((c) => c.row).map((c) => [c.direction, c.role, c.action, c.status ?? 'new', c] as const))(
    '%s: %s may %s a letter in state %s',
    (_d, _r, _a, _s, c) => {
      const [, , , , to, next, stamp] = c.row!;
      const result = transition({ direction: c.direction, status: c.status }, { action: c.action, role: c.role, reason: 'Please remove the phone number.' });
      expect(result).toEqual({ ok: true, status: to === '=' ? c.status : to, nextActor: next, stamp: stamp === '-' ? null : stamp, changed: true });
    },
  );

  it.each(cases.filter((c) => !c.row).map((c) => [c.direction, c.role, c.action, c.status ?? 'new', c] as const))(
    '%s: %s may not %s a letter in state %s',
    (_d, _r, _a, _s, c) => {
      const result = transition({ direction: c.direction, status: c.status }, { action: c.action, role: c.role, reason: 'x' });
      expect(result).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION', message: expect.stringMatching(/^As (sponsor|staff|partner) you cannot /) });
    },
  );

  it('names the role, the move and the state in the refusal', () => {
    const r = transition({ direction: LetterDirection.SPONSOR_TO_CHILD, status: LetterStatus.APPROVED }, { action: LetterAction.APPROVE, role: LetterActor.STAFF });
    expect(r).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION', message: 'As staff you cannot approve a letter that is approved.' });
  });

  it.each([LetterAction.REQUEST_CHANGES, LetterAction.REJECT])('%s needs a reason that is not blank', (action) => {
    for (const reason of [undefined, null, '', '   ']) {
      const r = transition({ direction: LetterDirection.SPONSOR_TO_CHILD, status: LetterStatus.SUBMITTED }, { action, role: LetterActor.STAFF, reason });
      expect(r).toEqual({ ok: false, code: 'REASON_REQUIRED', message: expect.any(String) });
    }
  });

  it('records the first reading only once', () => {
    const state = { direction: LetterDirection.CHILD_TO_SPONSOR, status: LetterStatus.APPROVED, firstReadAt: new Date('2026-01-01') };
    expect(transition(state, { action: LetterAction.MARK_READ, role: LetterActor.SPONSOR })).toEqual({
      ok: true,
      status: LetterStatus.APPROVED,
      nextActor: LetterActor.NOBODY,
      stamp: null,
      changed: false,
    });
  });
});

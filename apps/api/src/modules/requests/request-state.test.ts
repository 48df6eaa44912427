import { isOverdue, NEXT_ACTOR, RequestActor, requestTransition, RequestStatus } from './request-state';

const { RECEIVED, IN_PROGRESS, WAITING_FOR_REQUESTER: WAITING, RESOLVED, CLOSED } = RequestStatus;
const { STAFF, REQUESTER } = RequestActor;

describe('requestTransition', () => {
  it.each([
    // from, event, status, nextActor
    [null, { kind: 'OPEN' }, RECEIVED, STAFF],
    [RECEIVED, { kind: 'SET_STATUS', to: IN_PROGRESS }, IN_PROGRESS, STAFF],
    [RECEIVED, { kind: 'SET_STATUS', to: WAITING }, WAITING, REQUESTER],
    [IN_PROGRESS, { kind: 'SET_STATUS', to: WAITING }, WAITING, REQUESTER],
    [IN_PROGRESS, { kind: 'SET_STATUS', to: RESOLVED }, RESOLVED, REQUESTER],
    [WAITING, { kind: 'REQUESTER_REPLY' }, IN_PROGRESS, STAFF],
    [RESOLVED, { kind: 'REQUESTER_REPLY' }, IN_PROGRESS, STAFF],
    [RECEIVED, { kind: 'REQUESTER_REPLY' }, RECEIVED, STAFF],
    [IN_PROGRESS, { kind: 'REQUESTER_REPLY' }, IN_PROGRESS, STAFF],
    [RESOLVED, { kind: 'SET_STATUS', to: CLOSED }, CLOSED, STAFF],
    [CLOSED, { kind: 'SET_STATUS', to: IN_PROGRESS }, IN_PROGRESS, STAFF],
    [WAITING, { kind: 'SET_STATUS', to: WAITING }, WAITING, REQUESTER],
  ] as const)('%s + %j → %s, next %s', (from, event, status, nextActor) => {
    const r = requestTransition(from, event);
    expect(r).toMatchObject({ ok: true, status, nextActor, changed: status !== from });
  });

  it.each([
    [RECEIVED, { kind: 'OPEN' }, 'already open'],
    [null, { kind: 'REQUESTER_REPLY' }, 'Open the request first'],
    [CLOSED, { kind: 'REQUESTER_REPLY' }, 'closed'],
    [CLOSED, { kind: 'SET_STATUS', to: RESOLVED }, 'cannot go from closed to resolved'],
    [CLOSED, { kind: 'SET_STATUS', to: WAITING }, 'cannot go from closed'],
    [IN_PROGRESS, { kind: 'SET_STATUS', to: RECEIVED }, 'cannot go from in progress to received'],
  ] as const)('refuses %s + %j', (from, event, message) => {
    const r = requestTransition(from, event);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain(message);
  });

  it('names someone who must act for every status', () => {
    for (const s of Object.values(RequestStatus)) expect([STAFF, REQUESTER]).toContain(NEXT_ACTOR[s]);
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it.each([
    [RECEIVED, '2026-03-10T11:59:59Z', true],
    [WAITING, '2026-03-01T00:00:00Z', true],
    [IN_PROGRESS, '2026-03-10T12:00:01Z', false],
    [RESOLVED, '2026-03-01T00:00:00Z', false],
    [CLOSED, '2026-03-01T00:00:00Z', false],
    [RECEIVED, null, false],
  ] as const)('%s due %s → %s', (status, due, expected) => {
    expect(isOverdue({ status, dueAt: due ? new Date(due) : null }, now)).toBe(expected);
  });
});

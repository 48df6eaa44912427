/**
 * The request state table: who may move a request from which status to which, and who must act
 * next. Pure (no I/O, no clock): services call `requestTransition` once and write what it returns.
 */

export enum RequestStatus {
  RECEIVED = 'RECEIVED',
  IN_PROGRESS = 'IN_PROGRESS',
  WAITING_FOR_REQUESTER = 'WAITING_FOR_REQUESTER',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}

/** Who must act next; never empty, so every screen can say it. */
export enum RequestActor {
  REQUESTER = 'REQUESTER',
  STAFF = 'STAFF',
}

export type RequestEvent =
  /** The requester submits the form. */
  | { kind: 'OPEN' }
  /** The requester writes in the thread. */
  | { kind: 'REQUESTER_REPLY' }
  /** Staff set a status (alone, in bulk, or with a reply). */
  | { kind: 'SET_STATUS'; to: RequestStatus };

export type RequestTransition =
  | { ok: true; status: RequestStatus; nextActor: RequestActor; changed: boolean }
  | { ok: false; message: string };

const { RECEIVED, IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED, CLOSED } = RequestStatus;

/**
 * Who acts after each status. Resolved waits for the requester (they may confirm or answer, which
 * reopens it); a closed request can only be reopened by staff, so staff hold it.
 */
export const NEXT_ACTOR: Record<RequestStatus, RequestActor> = {
  [RECEIVED]: RequestActor.STAFF,
  [IN_PROGRESS]: RequestActor.STAFF,
  [WAITING_FOR_REQUESTER]: RequestActor.REQUESTER,
  [RESOLVED]: RequestActor.REQUESTER,
  [CLOSED]: RequestActor.STAFF,
};

/** Statuses staff may set, from each status (setting the current one again is a no-op). */
const STAFF_MOVES: Record<RequestStatus, readonly RequestStatus[]> = {
  [RECEIVED]: [IN_PROGRESS, WAITING_FOR_REQUESTER, RESOLVED, CLOSED],
  [IN_PROGRESS]: [WAITING_FOR_REQUESTER, RESOLVED, CLOSED],
  [WAITING_FOR_REQUESTER]: [IN_PROGRESS, RESOLVED, CLOSED],
  [RESOLVED]: [IN_PROGRESS, WAITING_FOR_REQUESTER, CLOSED],
  [CLOSED]: [IN_PROGRESS],
};

/** Where a requester's message takes a request: an answer hands it back to staff. */
const REQUESTER_REPLY: Record<RequestStatus, RequestStatus | null> = {
  [RECEIVED]: RECEIVED,
  [IN_PROGRESS]: IN_PROGRESS,
  [WAITING_FOR_REQUESTER]: IN_PROGRESS,
  [RESOLVED]: IN_PROGRESS,
  [CLOSED]: null,
};

export const OPEN_STATUSES: readonly RequestStatus[] = [RECEIVED, IN_PROGRESS, WAITING_FOR_REQUESTER];

const to = (status: RequestStatus, from: RequestStatus | null): RequestTransition => ({ ok: true, status, nextActor: NEXT_ACTOR[status], changed: status !== from });

/** The one place that decides a request's next status and actor. */
export function requestTransition(from: RequestStatus | null, event: RequestEvent): RequestTransition {
  if (event.kind === 'OPEN') return from === null ? to(RECEIVED, null) : { ok: false, message: 'This request is already open.' };
  if (from === null) return { ok: false, message: 'Open the request first.' };
  if (event.kind === 'REQUESTER_REPLY') {
    const next = REQUESTER_REPLY[from];
    return next ? to(next, from) : { ok: false, message: 'This request is closed; open a new one.' };
  }
  if (event.to === from) return to(from, from);
  return STAFF_MOVES[from].includes(event.to)
    ? to(event.to, from)
    : { ok: false, message: `A request cannot go from ${label(from)} to ${label(event.to)}.` };
}

const label = (s: RequestStatus): string => s.toLowerCase().replace(/_/g, ' ');

/** Whether a request counts as overdue at `now`: past its due date and not resolved or closed. */
export function isOverdue(r: { status: RequestStatus; dueAt: Date | null }, now: Date): boolean {
  return !!r.dueAt && OPEN_STATUSES.includes(r.status) && r.dueAt.getTime() < now.getTime();
}

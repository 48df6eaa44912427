/**
 * The letter state machine: which role may do what to a letter in which state, and what follows.
 * Pure (no I/O, no clock): services call `transition` once and write exactly what it returns.
 */

export enum LetterDirection {
  SPONSOR_TO_CHILD = 'SPONSOR_TO_CHILD',
  CHILD_TO_SPONSOR = 'CHILD_TO_SPONSOR',
}

export enum LetterStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  APPROVED = 'APPROVED',
  PRINTED = 'PRINTED',
  DELIVERED = 'DELIVERED',
}

/** Who must act next; also the role of whoever acts. */
export enum LetterActor {
  SPONSOR = 'SPONSOR',
  STAFF = 'STAFF',
  PARTNER = 'PARTNER',
  NOBODY = 'NOBODY',
}

export type ActingRole = Exclude<LetterActor, LetterActor.NOBODY>;

export enum LetterAction {
  /** Create or change the text (a draft, or a letter sent back for changes). */
  EDIT = 'EDIT',
  /** Send for staff review (creates the letter when it does not exist yet). */
  SUBMIT = 'SUBMIT',
  APPROVE = 'APPROVE',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
  REJECT = 'REJECT',
  MARK_PRINTED = 'MARK_PRINTED',
  MARK_DELIVERED = 'MARK_DELIVERED',
  MARK_READ = 'MARK_READ',
  /** Throw away a draft (the row is deleted). */
  DELETE = 'DELETE',
}

export type TimestampField = 'submittedAt' | 'approvedAt' | 'printedAt' | 'deliveredAt' | 'firstReadAt';

export interface LetterState {
  direction: LetterDirection;
  /** null for a letter that does not exist yet. */
  status: LetterStatus | null;
  firstReadAt?: Date | null;
}

export interface TransitionRequest {
  action: LetterAction;
  role: ActingRole;
  /** Required to request changes or to reject. */
  reason?: string | null;
}

export type TransitionResult =
  | { ok: true; status: LetterStatus; nextActor: LetterActor; stamp: TimestampField | null; changed: boolean }
  | { ok: false; code: 'ILLEGAL_TRANSITION' | 'REASON_REQUIRED'; message: string };

interface Rule {
  direction: LetterDirection;
  action: LetterAction;
  role: ActingRole;
  from: ReadonlyArray<LetterStatus | null>;
  /** null keeps the current status (editing a letter sent back stays "changes requested"). */
  to: LetterStatus | null;
  next: LetterActor;
  stamp: TimestampField | null;
  needsReason?: boolean;
}

const S2C = LetterDirection.SPONSOR_TO_CHILD;
const C2S = LetterDirection.CHILD_TO_SPONSOR;
const { DRAFT, SUBMITTED, CHANGES_REQUESTED, REJECTED, APPROVED, PRINTED, DELIVERED } = LetterStatus;
const { SPONSOR, STAFF, PARTNER, NOBODY } = LetterActor;
const A = LetterAction;

/** Every legal move. Anything not listed here is illegal. */
export const LETTER_RULES: readonly Rule[] = [
  // A sponsor writes to a child; staff review; the partner prints and delivers.
  { direction: S2C, action: A.EDIT, role: SPONSOR, from: [null, DRAFT], to: DRAFT, next: SPONSOR, stamp: null },
  { direction: S2C, action: A.EDIT, role: SPONSOR, from: [CHANGES_REQUESTED], to: null, next: SPONSOR, stamp: null },
  { direction: S2C, action: A.DELETE, role: SPONSOR, from: [DRAFT], to: null, next: NOBODY, stamp: null },
  { direction: S2C, action: A.SUBMIT, role: SPONSOR, from: [null, DRAFT, CHANGES_REQUESTED], to: SUBMITTED, next: STAFF, stamp: 'submittedAt' },
  { direction: S2C, action: A.APPROVE, role: STAFF, from: [SUBMITTED], to: APPROVED, next: PARTNER, stamp: 'approvedAt' },
  { direction: S2C, action: A.REQUEST_CHANGES, role: STAFF, from: [SUBMITTED], to: CHANGES_REQUESTED, next: SPONSOR, stamp: null, needsReason: true },
  { direction: S2C, action: A.REJECT, role: STAFF, from: [SUBMITTED], to: REJECTED, next: NOBODY, stamp: null, needsReason: true },
  { direction: S2C, action: A.MARK_PRINTED, role: PARTNER, from: [APPROVED], to: PRINTED, next: PARTNER, stamp: 'printedAt' },
  { direction: S2C, action: A.MARK_DELIVERED, role: PARTNER, from: [PRINTED], to: DELIVERED, next: NOBODY, stamp: 'deliveredAt' },
  // A child replies: the partner records it; staff review and release it to the sponsor, who reads it.
  { direction: C2S, action: A.SUBMIT, role: PARTNER, from: [null, CHANGES_REQUESTED], to: SUBMITTED, next: STAFF, stamp: 'submittedAt' },
  { direction: C2S, action: A.EDIT, role: PARTNER, from: [CHANGES_REQUESTED], to: null, next: PARTNER, stamp: null },
  { direction: C2S, action: A.APPROVE, role: STAFF, from: [SUBMITTED], to: APPROVED, next: SPONSOR, stamp: 'approvedAt' },
  { direction: C2S, action: A.REQUEST_CHANGES, role: STAFF, from: [SUBMITTED], to: CHANGES_REQUESTED, next: PARTNER, stamp: null, needsReason: true },
  { direction: C2S, action: A.REJECT, role: STAFF, from: [SUBMITTED], to: REJECTED, next: NOBODY, stamp: null, needsReason: true },
  { direction: C2S, action: A.MARK_READ, role: SPONSOR, from: [APPROVED], to: null, next: NOBODY, stamp: 'firstReadAt' },
];

const VERB: Record<LetterAction, string> = {
  EDIT: 'edit',
  SUBMIT: 'send for review',
  APPROVE: 'approve',
  REQUEST_CHANGES: 'ask for changes to',
  REJECT: 'reject',
  MARK_PRINTED: 'mark as printed',
  MARK_DELIVERED: 'mark as delivered',
  MARK_READ: 'mark as read',
  DELETE: 'delete',
};

const STATE_WORDS: Record<LetterStatus, string> = {
  DRAFT: 'a draft',
  SUBMITTED: 'waiting for review',
  CHANGES_REQUESTED: 'sent back for changes',
  REJECTED: 'rejected',
  APPROVED: 'approved',
  PRINTED: 'printed',
  DELIVERED: 'delivered',
};

/** Decides one move: the new status, who acts next and which timestamp to set — or why not. */
export function transition(state: LetterState, req: TransitionRequest): TransitionResult {
  const rule = LETTER_RULES.find(
    (r) => r.direction === state.direction && r.action === req.action && r.role === req.role && r.from.includes(state.status),
  );
  if (!rule) {
    const where = state.status ? `a letter that is ${STATE_WORDS[state.status]}` : 'a new letter';
    return { ok: false, code: 'ILLEGAL_TRANSITION', message: `As ${req.role.toLowerCase()} you cannot ${VERB[req.action]} ${where}.` };
  }
  if (rule.needsReason && !req.reason?.trim()) {
    return { ok: false, code: 'REASON_REQUIRED', message: 'Give a reason: the writer sees it.' };
  }
  // Reading is recorded once; opening the letter again changes nothing.
  if (rule.stamp === 'firstReadAt' && state.firstReadAt) {
    return { ok: true, status: state.status!, nextActor: rule.next, stamp: null, changed: false };
  }
  return { ok: true, status: rule.to ?? state.status!, nextActor: rule.next, stamp: rule.stamp, changed: true };
}

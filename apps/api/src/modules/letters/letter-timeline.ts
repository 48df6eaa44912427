import { LetterActor, LetterDirection, LetterStatus } from './letter-state';

export enum LetterStep {
  DRAFT = 'DRAFT',
  SENT_FOR_REVIEW = 'SENT_FOR_REVIEW',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  REJECTED = 'REJECTED',
  APPROVED = 'APPROVED',
  PRINTED = 'PRINTED',
  DELIVERED = 'DELIVERED',
  WRITTEN = 'WRITTEN',
  RELEASED = 'RELEASED',
  READ = 'READ',
}

export interface TimelineStep {
  step: LetterStep;
  label: string;
  /** When the step happened; null for steps still ahead. */
  at: Date | null;
  done: boolean;
  /** The reviewer's reason, on a "changes requested" or "rejected" step. */
  reason: string | null;
}

export interface TimelineInput {
  direction: LetterDirection;
  status: LetterStatus;
  nextActor: LetterActor;
  createdAt: Date;
  submittedAt: Date | null;
  approvedAt: Date | null;
  printedAt: Date | null;
  deliveredAt: Date | null;
  firstReadAt: Date | null;
  childFirstName: string;
  /** The latest review decision, when the letter was sent back or rejected. */
  latestDecision: { at: Date; reason: string | null } | null;
}

const step = (s: LetterStep, label: string, at: Date | null, reason: string | null = null): TimelineStep => ({
  step: s,
  label,
  at,
  done: at !== null,
  reason,
});

/** The steps a sponsor sees for a letter, in order, with dates where they happened. */
export function letterTimeline(l: TimelineInput): TimelineStep[] {
  if (l.direction === LetterDirection.CHILD_TO_SPONSOR) {
    return [
      step(LetterStep.WRITTEN, `Written by ${l.childFirstName}`, l.createdAt),
      step(LetterStep.RELEASED, 'Checked and sent to you', l.approvedAt),
      step(LetterStep.READ, 'Read', l.firstReadAt),
    ];
  }
  const steps = [step(LetterStep.DRAFT, 'Draft', l.createdAt), step(LetterStep.SENT_FOR_REVIEW, 'Sent for review', l.submittedAt)];
  if (l.status === LetterStatus.CHANGES_REQUESTED) {
    steps.push(step(LetterStep.CHANGES_REQUESTED, 'Changes requested', l.latestDecision?.at ?? null, l.latestDecision?.reason ?? null));
    // Until the sponsor sends it again, "sent for review" lies ahead once more.
    steps.push(step(LetterStep.SENT_FOR_REVIEW, 'Sent for review again', null));
  }
  if (l.status === LetterStatus.REJECTED) {
    steps.push(step(LetterStep.REJECTED, 'Not approved', l.latestDecision?.at ?? null, l.latestDecision?.reason ?? null));
    return steps;
  }
  steps.push(
    step(LetterStep.APPROVED, 'Approved', l.approvedAt),
    step(LetterStep.PRINTED, 'Printed', l.printedAt),
    step(LetterStep.DELIVERED, `Delivered to ${l.childFirstName}`, l.deliveredAt),
  );
  return steps;
}

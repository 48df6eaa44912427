import { LetterActor, LetterDirection, LetterStatus } from './letter-state';
import { letterTimeline, type TimelineInput } from './letter-timeline';

const d = (day: number) => new Date(Date.UTC(2026, 0, day));
const base: TimelineInput = {
  direction: LetterDirection.SPONSOR_TO_CHILD,
  status: LetterStatus.DRAFT,
  nextActor: LetterActor.SPONSOR,
  createdAt: d(1),
  submittedAt: null,
  approvedAt: null,
  printedAt: null,
  deliveredAt: null,
  firstReadAt: null,
  childFirstName: 'Amani',
  latestDecision: null,
};
const view = (input: Partial<TimelineInput>) => letterTimeline({ ...base, ...input }).map((s) => [s.label, s.at?.getUTCDate() ?? null, s.reason]);

describe('letter timeline', () => {
  it('shows a draft with every step still ahead', () => {
    expect(view({})).toEqual([
      ['Draft', 1, null],
      ['Sent for review', null, null],
      ['Approved', null, null],
      ['Printed', null, null],
      ['Delivered to Amani', null, null],
    ]);
  });

  it('dates every step of a delivered letter', () => {
    expect(view({ status: LetterStatus.DELIVERED, submittedAt: d(2), approvedAt: d(3), printedAt: d(4), deliveredAt: d(5) }).map((s) => s[1])).toEqual([1, 2, 3, 4, 5]);
  });

  it('shows the reason when changes are requested, and the review again ahead', () => {
    expect(view({ status: LetterStatus.CHANGES_REQUESTED, submittedAt: d(2), latestDecision: { at: d(3), reason: 'Please remove your phone number.' } })).toEqual([
      ['Draft', 1, null],
      ['Sent for review', 2, null],
      ['Changes requested', 3, 'Please remove your phone number.'],
      ['Sent for review again', null, null],
      ['Approved', null, null],
      ['Printed', null, null],
      ['Delivered to Amani', null, null],
    ]);
  });

  it('ends at the rejection', () => {
    expect(view({ status: LetterStatus.REJECTED, submittedAt: d(2), latestDecision: { at: d(3), reason: 'Asks for a meeting.' } }).at(-1)).toEqual(['Not approved', 3, 'Asks for a meeting.']);
  });

  it("shows a child's reply as written, released, read", () => {
    expect(view({ direction: LetterDirection.CHILD_TO_SPONSOR, status: LetterStatus.APPROVED, submittedAt: d(1), approvedAt: d(2) })).toEqual([
      ['Written by Amani', 1, null],
      ['Checked and sent to you', 2, null],
      ['Read', null, null],
    ]);
  });
});

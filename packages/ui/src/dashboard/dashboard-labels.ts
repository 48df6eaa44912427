import type { DashboardTileKind } from '@portal/graphql-types';

/** What each tile says when it has items, and what to do next when it has none. */
export const TILE_TEXT: Record<DashboardTileKind, { label: string; empty: string; action: string }> = {
  LETTERS_WAITING_FOR_ME: { label: 'Letters waiting for you', empty: 'No letter needs you. Why not write to your sponsored child?', action: 'Open your letters' },
  REQUESTS_WAITING_FOR_ME: { label: 'Requests waiting for your answer', empty: 'No request needs an answer from you.', action: 'Open your requests' },
  NEW_LETTERS_FROM_CHILDREN: { label: 'New letters from your children', empty: 'No new letter yet. Letters from your children appear here once they arrive.', action: 'Read them' },
  NEW_PHOTOS: { label: 'New photos (last 30 days)', empty: 'No new photo lately. The project shares photos after its visits.', action: 'See your children' },
  LETTERS_TO_PRINT: { label: 'Letters to print', empty: 'Nothing to print. New letters appear here once staff release them.', action: 'Open the print queue' },
  LETTERS_TO_DELIVER: { label: 'Printed letters to hand over', empty: 'Every printed letter has been handed over.', action: 'Record deliveries' },
  UPLOADS_NEEDING_ATTENTION: { label: 'Uploads needing attention', empty: 'Every upload was matched to a child.', action: 'Fix uploads' },
  OPEN_REQUESTS: { label: 'Open requests', empty: 'No open request for your projects.', action: 'Open requests' },
  LETTERS_TO_REVIEW: { label: 'Letters to review', empty: 'The letter review queue is empty.', action: 'Review letters' },
  PHOTOS_TO_REVIEW: { label: 'Photos to review', empty: 'No photo waits for review.', action: 'Review photos' },
  DOCUMENTS_TO_REVIEW: { label: 'Partner documents to review', empty: 'No partner document waits for review.', action: 'Review documents' },
  OVERDUE_REQUESTS: { label: 'Overdue requests', empty: 'No request is past its due date.', action: 'Open the request queue' },
  SYNC_DEAD_CHANGES: { label: 'Changes Salesforce refused', empty: 'Every portal change reached Salesforce.', action: 'Check the sync' },
  SYNC_PARKED_RECORDS: { label: 'Salesforce records held back', empty: 'Every Salesforce record was applied.', action: 'Check the sync' },
  SYNC_CONFLICTS: { label: 'Sync conflicts this week', empty: 'No conflicting edits this week.', action: 'Check the sync' },
  MAIL_FAILED: { label: 'Emails that could not be sent', empty: 'Every email was sent.', action: 'Open the mail outbox' },
};

/** "3 days", "5 hours": how long the oldest item has waited. */
export function waitedFor(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return hours === 1 ? '1 hour' : `${hours} hours`;
  return `${Math.floor(hours / 24)} days`;
}

import type { DashboardTileKind } from '@portal/graphql-types';
import { i18n } from '../i18n/i18n';

/** What each tile says when it has items, and what to do next when it has none. */
export const TILE_TEXT: Record<DashboardTileKind, { label: string; empty: string; action: string }> = {
  LETTERS_WAITING_FOR_ME: { get label() {
    return i18n.t('Letters waiting for you');
  }, get empty() {
    return i18n.t('No letter needs you. Why not write to your sponsored child?');
  }, get action() {
    return i18n.t('Open your letters');
  } },
  REQUESTS_WAITING_FOR_ME: { get label() {
    return i18n.t('Requests waiting for your answer');
  }, get empty() {
    return i18n.t('No request needs an answer from you.');
  }, get action() {
    return i18n.t('Open your requests');
  } },
  NEW_LETTERS_FROM_CHILDREN: { get label() {
    return i18n.t('New letters from your children');
  }, get empty() {
    return i18n.t('No new letter yet. Letters from your children appear here once they arrive.');
  }, get action() {
    return i18n.t('Read them');
  } },
  NEW_PHOTOS: { get label() {
    return i18n.t('New photos (last 30 days)');
  }, get empty() {
    return i18n.t('No new photo lately. The project shares photos after its visits.');
  }, get action() {
    return i18n.t('See your children');
  } },
  LETTERS_TO_PRINT: { get label() {
    return i18n.t('Letters to print');
  }, get empty() {
    return i18n.t('Nothing to print. New letters appear here once staff release them.');
  }, get action() {
    return i18n.t('Open the print queue');
  } },
  LETTERS_TO_DELIVER: { get label() {
    return i18n.t('Printed letters to hand over');
  }, get empty() {
    return i18n.t('Every printed letter has been handed over.');
  }, get action() {
    return i18n.t('Record deliveries');
  } },
  UPLOADS_NEEDING_ATTENTION: { get label() {
    return i18n.t('Uploads needing attention');
  }, get empty() {
    return i18n.t('Every upload was matched to a child.');
  }, get action() {
    return i18n.t('Fix uploads');
  } },
  OPEN_REQUESTS: { get label() {
    return i18n.t('Open requests');
  }, get empty() {
    return i18n.t('No open request for your projects.');
  }, get action() {
    return i18n.t('Open requests');
  } },
  LETTERS_TO_REVIEW: { get label() {
    return i18n.t('Letters to review');
  }, get empty() {
    return i18n.t('The letter review queue is empty.');
  }, get action() {
    return i18n.t('Review letters');
  } },
  PHOTOS_TO_REVIEW: { get label() {
    return i18n.t('Photos to review');
  }, get empty() {
    return i18n.t('No photo waits for review.');
  }, get action() {
    return i18n.t('Review photos');
  } },
  DOCUMENTS_TO_REVIEW: { get label() {
    return i18n.t('Partner documents to review');
  }, get empty() {
    return i18n.t('No partner document waits for review.');
  }, get action() {
    return i18n.t('Review documents');
  } },
  OVERDUE_REQUESTS: { get label() {
    return i18n.t('Overdue requests');
  }, get empty() {
    return i18n.t('No request is past its due date.');
  }, get action() {
    return i18n.t('Open the request queue');
  } },
  SYNC_DEAD_CHANGES: { get label() {
    return i18n.t('Changes Salesforce refused');
  }, get empty() {
    return i18n.t('Every portal change reached Salesforce.');
  }, get action() {
    return i18n.t('Check the sync');
  } },
  SYNC_PARKED_RECORDS: { get label() {
    return i18n.t('Salesforce records held back');
  }, get empty() {
    return i18n.t('Every Salesforce record was applied.');
  }, get action() {
    return i18n.t('Check the sync');
  } },
  SYNC_CONFLICTS: { get label() {
    return i18n.t('Sync conflicts this week');
  }, get empty() {
    return i18n.t('No conflicting edits this week.');
  }, get action() {
    return i18n.t('Check the sync');
  } },
  MAIL_FAILED: { get label() {
    return i18n.t('Emails that could not be sent');
  }, get empty() {
    return i18n.t('Every email was sent.');
  }, get action() {
    return i18n.t('Open the mail outbox');
  } },
};

/** "3 days", "5 hours": how long the oldest item has waited, in the language shown. */
export function waitedFor(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return i18n.t('{{count}} minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return i18n.t('{{count}} hours', { count: hours });
  return i18n.t('{{count}} days', { count: Math.floor(hours / 24) });
}

import type { RequestActor, RequestStatus } from '@portal/graphql-types';
import { i18n } from '../i18n/i18n';

/**
 * Every text of the requester's request screens, translated when read (getters), so the
 * components can keep writing `messages.listTitle`.
 */
export const messages = {
  get listTitle() {
    return i18n.t('Requests');
  },
  get listIntro() {
    return i18n.t('Ask us something or tell us about a change. We answer here, and you can reply.');
  },
  get newRequest() {
    return i18n.t('New request');
  },
  get listLabel() {
    return i18n.t('Your requests, newest first');
  },
  get loadError() {
    return i18n.t('We could not load your requests. Please try again later.');
  },
  get empty() {
    return i18n.t('No requests yet.');
  },
  get emptyHint() {
    return i18n.t('Choose “New request” to ask a question or tell us about a change.');
  },
  get loadMore() {
    return i18n.t('Load more requests');
  },
  openedOn: (date: string) => i18n.t('Opened {{date}}', { date }),
  next: (who: string) => i18n.t('Next: {{who}}', { who }),

  get newTitle() {
    return i18n.t('New request');
  },
  get chooseForm() {
    return i18n.t('What is it about?');
  },
  get noForms() {
    return i18n.t('There is nothing you can ask through the portal right now.');
  },
  get formLoadError() {
    return i18n.t('We could not load the request forms. Please try again later.');
  },
  get send() {
    return i18n.t('Send request');
  },
  get sending() {
    return i18n.t('Sending…');
  },
  get cancel() {
    return i18n.t('Cancel');
  },
  get optional() {
    return i18n.t('(optional)');
  },
  get selectPlaceholder() {
    return i18n.t('Choose…');
  },
  get fixProblems() {
    return i18n.t('Please correct the fields marked below.');
  },
  get sent() {
    return i18n.t('Your request was sent. We will answer here.');
  },
  get uploading() {
    return i18n.t('Uploading…');
  },
  uploaded: (name: string) => i18n.t('Attached: {{name}}', { name }),
  get uploadFailed() {
    return i18n.t('The file could not be uploaded. Please try again.');
  },

  get backToList() {
    return i18n.t('Back to requests');
  },
  get detailLoadError() {
    return i18n.t('We could not load this request. Please try again later.');
  },
  get yourAnswers() {
    return i18n.t('What you told us');
  },
  get conversation() {
    return i18n.t('Conversation');
  },
  get noMessages() {
    return i18n.t('No messages yet. We will write here.');
  },
  fromTeam: (name: string | null) => (name ? i18n.t('{{name}}, support team', { name }) : i18n.t('Support team')),
  get fromYou() {
    return i18n.t('You');
  },
  fromRequesterSide: (name: string | null) => name ?? i18n.t('Your organization'),
  get replyLabel() {
    return i18n.t('Your reply');
  },
  get replyHint() {
    return i18n.t('Please do not share bank details here.');
  },
  get sendReply() {
    return i18n.t('Send reply');
  },
  get replySent() {
    return i18n.t('Your reply was sent.');
  },
  get closedHint() {
    return i18n.t('This request is closed. Open a new request if you need anything else.');
  },
  get waitingForYou() {
    return i18n.t('We are waiting for your answer.');
  },
  download: (name: string) => i18n.t('Download {{name}}', { name }),
} as const;

/** Statuses in the requester's words. */
export const STATUS_LABEL: Record<RequestStatus, string> = {
  get RECEIVED() {
    return i18n.t('Received');
  },
  get IN_PROGRESS() {
    return i18n.t('In progress');
  },
  get WAITING_FOR_REQUESTER() {
    return i18n.t('Waiting for you');
  },
  get RESOLVED() {
    return i18n.t('Resolved');
  },
  get CLOSED() {
    return i18n.t('Closed');
  },
};

/** Who must act next, as the requester reads it. */
export const NEXT_ACTOR_LABEL: Record<RequestActor, string> = {
  get REQUESTER() {
    return i18n.t('You');
  },
  get STAFF() {
    return i18n.t('Our team');
  },
};

import type { RequestActor, RequestStatus } from '@portal/graphql-types';

/**
 * Every text of the requester's request screens, in one place so it can move into message files
 * (one per language) without touching the components.
 */
export const messages = {
  listTitle: 'Requests',
  listIntro: 'Ask us something or tell us about a change. We answer here, and you can reply.',
  newRequest: 'New request',
  listLabel: 'Your requests, newest first',
  loadError: 'We could not load your requests. Please try again later.',
  empty: 'No requests yet.',
  emptyHint: 'Choose “New request” to ask a question or tell us about a change.',
  loadMore: 'Load more requests',
  openedOn: (date: string) => `Opened ${date}`,
  next: (who: string) => `Next: ${who}`,

  newTitle: 'New request',
  chooseForm: 'What is it about?',
  noForms: 'There is nothing you can ask through the portal right now.',
  formLoadError: 'We could not load the request forms. Please try again later.',
  send: 'Send request',
  sending: 'Sending…',
  cancel: 'Cancel',
  optional: '(optional)',
  selectPlaceholder: 'Choose…',
  fixProblems: 'Please correct the fields marked below.',
  sent: 'Your request was sent. We will answer here.',
  uploading: 'Uploading…',
  uploaded: (name: string) => `Attached: ${name}`,
  uploadFailed: 'The file could not be uploaded. Please try again.',

  backToList: 'Back to requests',
  detailLoadError: 'We could not load this request. Please try again later.',
  yourAnswers: 'What you told us',
  conversation: 'Conversation',
  noMessages: 'No messages yet. We will write here.',
  fromTeam: (name: string | null) => (name ? `${name}, support team` : 'Support team'),
  fromYou: 'You',
  fromRequesterSide: (name: string | null) => name ?? 'Your organization',
  replyLabel: 'Your reply',
  replyHint: 'Please do not share bank details here.',
  sendReply: 'Send reply',
  replySent: 'Your reply was sent.',
  closedHint: 'This request is closed. Open a new request if you need anything else.',
  waitingForYou: 'We are waiting for your answer.',
  download: (name: string) => `Download ${name}`,
} as const;

/** Statuses in the requester's words. */
export const STATUS_LABEL: Record<RequestStatus, string> = {
  RECEIVED: 'Received',
  IN_PROGRESS: 'In progress',
  WAITING_FOR_REQUESTER: 'Waiting for you',
  RESOLVED: 'Resolved',
  CLOSED: 'Closed',
};

/** Who must act next, as the requester reads it. */
export const NEXT_ACTOR_LABEL: Record<RequestActor, string> = {
  REQUESTER: 'You',
  STAFF: 'Our team',
};

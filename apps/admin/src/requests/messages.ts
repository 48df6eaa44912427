import type { RequestActor, RequestFieldType, RequestStatus, RequesterKind, RequestAudience } from '@portal/graphql-types';
import { i18n } from '@portal/ui';

/** Every text of the admin request screens, translated when read (getters and functions). */
export const messages = {
  get queueTitle() {
    return i18n.t('Requests');
  },
  get queueIntro() {
    return i18n.t('Requests from sponsors and partners, newest first.');
  },
  get editForms() {
    return i18n.t('Request forms');
  },
  get filters() {
    return i18n.t('Filter the queue');
  },
  get status() {
    return i18n.t('Status');
  },
  get anyStatus() {
    return i18n.t('Any open status');
  },
  get allStatuses() {
    return i18n.t('Any status');
  },
  get form() {
    return i18n.t('Form');
  },
  get anyForm() {
    return i18n.t('Any form');
  },
  get owner() {
    return i18n.t('Owner');
  },
  get anyOwner() {
    return i18n.t('Anyone');
  },
  get unassigned() {
    return i18n.t('Unassigned');
  },
  get requester() {
    return i18n.t('Requester');
  },
  get anyRequester() {
    return i18n.t('Sponsors and partners');
  },
  get overdueOnly() {
    return i18n.t('Overdue only');
  },
  counts: (total: number, overdue: number, unassigned: number, waiting: number) =>
    i18n.t('{{count}} requests · {{overdue}} overdue · {{unassigned}} unassigned · {{waiting}} waiting for us', { count: total, overdue, unassigned, waiting }),
  get loadError() {
    return i18n.t('We could not load the requests. Please try again.');
  },
  get empty() {
    return i18n.t('No requests match these filters.');
  },
  get emptyHint() {
    return i18n.t('Clear a filter to see more.');
  },
  get loadMore() {
    return i18n.t('Load more requests');
  },
  get listLabel() {
    return i18n.t('Requests, newest first');
  },
  select: (subject: string, who: string) => i18n.t('Select {{subject}} from {{who}}', { subject, who }),
  selectedCount: (n: number) => i18n.t('{{count}} selected', { count: n }),
  get setStatusTo() {
    return i18n.t('Set status to');
  },
  applyStatus: (n: number) => i18n.t('Set status ({{count}})', { count: n }),
  get assignTo() {
    return i18n.t('Assign to');
  },
  get nobody() {
    return i18n.t('Nobody');
  },
  applyAssign: (n: number) => i18n.t('Assign ({{count}})', { count: n }),
  bulkDone: (n: number) => i18n.t('{{count}} requests were updated.', { count: n }),
  bulkFailed: (n: number) => i18n.t('{{count}} could not be changed:', { count: n }),
  from: (name: string | null, kind: string) => `${name ?? i18n.t('Unknown')} (${kind})`,
  due: (date: string) => i18n.t('Due {{date}}', { date }),
  get overdue() {
    return i18n.t('Overdue');
  },
  next: (who: string) => i18n.t('Next: {{who}}', { who }),
  ownedBy: (name: string) => i18n.t('Owner: {{name}}', { name }),
  get noOwner() {
    return i18n.t('No owner');
  },

  get back() {
    return i18n.t('Back to requests');
  },
  get detailError() {
    return i18n.t('We could not load this request.');
  },
  get answers() {
    return i18n.t('Answers');
  },
  get thread() {
    return i18n.t('Conversation');
  },
  get noMessages() {
    return i18n.t('No messages yet.');
  },
  get internalNote() {
    return i18n.t('Internal note');
  },
  staffSide: (name: string | null) => (name ? i18n.t('{{name}} (staff)', { name }) : i18n.t('Staff')),
  requesterSide: (name: string | null) => name ?? i18n.t('Requester'),
  get replyLabel() {
    return i18n.t('Message');
  },
  get internalToggle() {
    return i18n.t('Internal note (the requester never sees it)');
  },
  get statusWithReply() {
    return i18n.t('Then set the status to');
  },
  get keepStatus() {
    return i18n.t('Keep the current status');
  },
  get send() {
    return i18n.t('Send');
  },
  get sent() {
    return i18n.t('Sent.');
  },
  get dueDate() {
    return i18n.t('Due date');
  },
  get saveDue() {
    return i18n.t('Save due date');
  },
  get dueSaved() {
    return i18n.t('Due date saved.');
  },
  get assignSaved() {
    return i18n.t('Owner saved.');
  },
  get saveOwner() {
    return i18n.t('Save owner');
  },
  download: (name: string) => i18n.t('Download {{name}}', { name }),

  get formsTitle() {
    return i18n.t('Request forms');
  },
  get formsIntro() {
    return i18n.t('Forms sponsors and partners fill in to open a request. Changes apply to new requests only.');
  },
  get newForm() {
    return i18n.t('New form');
  },
  editForm: (name: string) => i18n.t('Edit “{{name}}”', { name }),
  get inactive() {
    return i18n.t('Inactive');
  },
  get audience() {
    return i18n.t('Who can use it');
  },
  get nameEn() {
    return i18n.t('Name in English');
  },
  get nameFr() {
    return i18n.t('Name in French');
  },
  get active() {
    return i18n.t('Active (can be used for new requests)');
  },
  get responseDays() {
    return i18n.t('Days to answer');
  },
  get fields() {
    return i18n.t('Fields');
  },
  get fieldKey() {
    return i18n.t('Key');
  },
  get fieldKeyHint() {
    return i18n.t('Lowercase letters, digits and _; answers are stored under it.');
  },
  get fieldLabel() {
    return i18n.t('Label');
  },
  get fieldType() {
    return i18n.t('Type');
  },
  get fieldRequired() {
    return i18n.t('Required');
  },
  get fieldHelp() {
    return i18n.t('Help text');
  },
  get fieldOptions() {
    return i18n.t('Options (one per line)');
  },
  get addField() {
    return i18n.t('Add a field');
  },
  removeField: (label: string) => (label ? i18n.t('Remove field {{label}}', { label }) : i18n.t('Remove the field without label')),
  moveUp: (label: string) => (label ? i18n.t('Move {{label}} up', { label }) : i18n.t('Move the field up')),
  get saveForm() {
    return i18n.t('Save form');
  },
  get formSaved() {
    return i18n.t('The form was saved.');
  },
  get cancel() {
    return i18n.t('Cancel');
  },
  get fixProblems() {
    return i18n.t('Please correct the problems below.');
  },
} as const;

export const STATUS_LABEL: Record<RequestStatus, string> = {
  get RECEIVED() {
    return i18n.t('Received');
  },
  get IN_PROGRESS() {
    return i18n.t('In progress');
  },
  get WAITING_FOR_REQUESTER() {
    return i18n.t('Waiting for requester');
  },
  get RESOLVED() {
    return i18n.t('Resolved');
  },
  get CLOSED() {
    return i18n.t('Closed');
  },
};

export const ACTOR_LABEL: Record<RequestActor, string> = { get REQUESTER() {
    return i18n.t('Requester');
  }, get STAFF() {
    return i18n.t('Us');
  } };
export const KIND_LABEL: Record<RequesterKind, string> = { get SPONSOR() {
    return i18n.t('Sponsor');
  }, get PARTNER() {
    return i18n.t('Partner');
  } };
export const AUDIENCE_LABEL: Record<RequestAudience, string> = { get SPONSOR() {
    return i18n.t('Sponsors');
  }, get PARTNER() {
    return i18n.t('Partners');
  }, get BOTH() {
    return i18n.t('Sponsors and partners');
  } };
export const FIELD_TYPE_LABEL: Record<RequestFieldType, string> = {
  get TEXT() {
    return i18n.t('Short text');
  },
  get LONG_TEXT() {
    return i18n.t('Long text');
  },
  get NUMBER() {
    return i18n.t('Number');
  },
  get DATE() {
    return i18n.t('Date');
  },
  get SELECT() {
    return i18n.t('Choice');
  },
  get CHECKBOX() {
    return i18n.t('Checkbox');
  },
  get ATTACHMENT() {
    return i18n.t('Attachment');
  },
};

/**
 * The shape every language file fills in. Each text is an ICU-style message (see message-format.ts)
 * and plain text: never HTML, because the layout escapes every message once.
 */
export interface MailMessages {
  /** BCP 47 language tag for Intl formatting, e.g. "fr". */
  locale: string;
  common: {
    greeting: string; // {firstName}
    greetingWithoutName: string;
    linkFallback: string;
    footer: string;
    defaultOrganization: string;
  };
  invitation: {
    subject: string; // {inviterName} {organizationName}
    intro: string; // {inviterName} {organizationName}
    button: string;
    expiry: string; // {expiresAt}
    ignore: string;
  };
  magicLink: {
    subject: string;
    intro: string;
    button: string;
    validity: string; // {validMinutes, plural}
    ignore: string;
  };
  passwordReset: {
    subject: string;
    intro: string;
    button: string;
    validity: string; // {validMinutes, plural}
    ignore: string;
  };
  passwordChanged: {
    subject: string;
    body: string;
    changedAt: string; // {changedAt}
    notYou: string;
  };
  notification: {
    button: string;
  };
  dailyDigest: {
    subject: string; // {count, plural} {date}
    intro: string; // {count, plural} {date}
    empty: string;
    button: string;
  };
  /** Titles and bodies of in-portal notifications (their emails reuse them). */
  notifications: {
    /** Stands in for a child whose first name is unknown. */
    yourChild: string;
    letterChangesRequested: NotificationTexts; // {child} {reason}
    letterDelivered: NotificationTexts; // {child}
    letterReplyReleased: NotificationTexts; // {child}
    photoReleased: NotificationTexts; // {child}
    requestReply: NotificationTexts; // {subject}
    requestWaiting: NotificationTexts; // {subject}
    requestResolved: NotificationTexts; // {subject}
    documentPublished: NotificationTexts; // {title}
    documentNewVersion: NotificationTexts; // {title}
    archiveReady: NotificationTexts;
    invitationAccepted: NotificationTexts; // {name}
  };
}

export interface NotificationTexts {
  title: string;
  body: string;
}

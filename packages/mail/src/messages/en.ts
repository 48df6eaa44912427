import type { MailMessages } from './mail-messages';

export const en: MailMessages = {
  locale: 'en',
  common: {
    greeting: 'Hello {firstName},',
    greetingWithoutName: 'Hello,',
    linkFallback: 'If the button does not work, copy this address into your browser:',
    footer: 'You receive this email because you have an account on the sponsorship portal.',
    defaultOrganization: 'the sponsorship portal',
  },
  invitation: {
    subject: '{inviterName} invited you to join {organizationName}',
    intro: '{inviterName} invited you to join {organizationName}. Accept the invitation to choose your password and sign in.',
    button: 'Accept the invitation',
    expiry: 'This invitation expires on {expiresAt}.',
    ignore: 'If you were not expecting this invitation, you can ignore this email.',
  },
  magicLink: {
    subject: 'Your sign-in link',
    intro: 'Use the button below to sign in. No password is needed.',
    button: 'Sign in',
    validity: 'The link works once and for {validMinutes, plural, one {# minute} other {# minutes}}.',
    ignore: 'If you did not ask to sign in, you can ignore this email; nobody can sign in without the link.',
  },
  passwordReset: {
    subject: 'Reset your password',
    intro: 'We received a request to reset the password of your account.',
    button: 'Choose a new password',
    validity: 'The link works once and for {validMinutes, plural, one {# minute} other {# minutes}}.',
    ignore: 'If you did not ask for this, you can ignore this email; your password stays the same.',
  },
  passwordChanged: {
    subject: 'Your password was changed',
    body: 'The password of your account was just changed.',
    changedAt: 'Changed on {changedAt}.',
    notYou: 'If you did not do this, reset your password now and contact us.',
  },
  notification: {
    button: 'Open in the portal',
  },
  dailyDigest: {
    subject: '{count, plural, =0 {No new updates} one {# new update} other {# new updates}} for {date}',
    intro: 'Here is what happened on {date}: {count, plural, one {# update} other {# updates}}.',
    empty: 'Nothing new today.',
    button: 'Open the portal',
  },
  notifications: {
    yourChild: 'your sponsored child',
    letterChangesRequested: {
      title: 'Your letter to {child} needs a change',
      body: 'Before we can pass your letter on to {child}, please change it: {reason}',
    },
    letterDelivered: { title: '{child} has received your letter', body: 'Your letter was handed to {child}.' },
    letterReplyReleased: { title: 'A letter from {child}', body: '{child} has written to you. Open the portal to read the letter.' },
    photoReleased: { title: 'A new photo of {child}', body: '{child}’s project has shared a new photo with you.' },
    requestReply: { title: 'New reply on your request "{subject}"', body: 'Our team answered your request.' },
    requestWaiting: { title: 'Your request "{subject}" is waiting for you', body: 'We need something from you to go on.' },
    requestResolved: { title: 'Your request "{subject}" is resolved', body: 'If something is still missing, answer in the request.' },
    documentPublished: { title: 'New document: {title}', body: 'A document was published for you; it is in your documents.' },
    documentNewVersion: { title: 'A new version of "{title}"', body: 'An updated version of this document is in your documents.' },
    archiveReady: { title: 'Your personal archive is ready', body: 'Your letters and photos are in one ZIP file. Download it from your documents.' },
    invitationAccepted: { title: '{name} accepted your invitation', body: '{name} can now sign in to the portal.' },
  },
};

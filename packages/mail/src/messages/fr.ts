import type { MailMessages } from './mail-messages';

// Typographic apostrophes (’) throughout: they are what French readers expect.
export const fr: MailMessages = {
  locale: 'fr',
  common: {
    greeting: 'Bonjour {firstName},',
    greetingWithoutName: 'Bonjour,',
    linkFallback: 'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur\u00a0:',
    footer: 'Vous recevez ce courriel parce que vous avez un compte sur le portail de parrainage.',
    defaultOrganization: 'le portail de parrainage',
  },
  invitation: {
    subject: '{inviterName} vous invite à rejoindre {organizationName}',
    intro: '{inviterName} vous invite à rejoindre {organizationName}. Acceptez l’invitation pour choisir votre mot de passe et vous connecter.',
    button: 'Accepter l’invitation',
    expiry: 'Cette invitation expire le {expiresAt}.',
    ignore: 'Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce courriel.',
  },
  magicLink: {
    subject: 'Votre lien de connexion',
    intro: 'Utilisez le bouton ci-dessous pour vous connecter, sans mot de passe.',
    button: 'Me connecter',
    validity: 'Le lien ne fonctionne qu’une fois, pendant {validMinutes, plural, one {# minute} other {# minutes}}.',
    ignore: 'Si vous n’avez pas demandé à vous connecter, ignorez ce courriel\u00a0: personne ne peut se connecter sans ce lien.',
  },
  passwordReset: {
    subject: 'Réinitialisez votre mot de passe',
    intro: 'Nous avons reçu une demande de réinitialisation du mot de passe de votre compte.',
    button: 'Choisir un nouveau mot de passe',
    validity: 'Le lien ne fonctionne qu’une fois, pendant {validMinutes, plural, one {# minute} other {# minutes}}.',
    ignore: 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce courriel\u00a0: votre mot de passe reste inchangé.',
  },
  passwordChanged: {
    subject: 'Votre mot de passe a été modifié',
    body: 'Le mot de passe de votre compte vient d’être modifié.',
    changedAt: 'Modifié le {changedAt}.',
    notYou: 'Si ce n’est pas vous, réinitialisez votre mot de passe maintenant et contactez-nous.',
  },
  notification: {
    button: 'Ouvrir dans le portail',
  },
  dailyDigest: {
    subject: '{count, plural, =0 {Aucune nouveauté} one {# nouveauté} other {# nouveautés}} du {date}',
    intro: 'Voici ce qui s’est passé le {date}\u00a0: {count, plural, one {# nouveauté} other {# nouveautés}}.',
    empty: 'Rien de nouveau aujourd’hui.',
    button: 'Ouvrir le portail',
  },
  notifications: {
    yourChild: 'votre filleul',
    letterChangesRequested: {
      title: 'Votre lettre à {child} doit être modifiée',
      body: 'Avant de transmettre votre lettre à {child}, merci de la modifier\u00a0: {reason}',
    },
    letterDelivered: { title: '{child} a reçu votre lettre', body: 'Votre lettre a été remise à {child}.' },
    letterReplyReleased: { title: 'Une lettre de {child}', body: '{child} vous a écrit. Ouvrez le portail pour lire sa lettre.' },
    photoReleased: { title: 'Une nouvelle photo de {child}', body: 'Le projet de {child} a partagé une nouvelle photo avec vous.' },
    requestReply: { title: 'Nouvelle réponse à votre demande « {subject} »', body: 'Notre équipe a répondu à votre demande.' },
    requestWaiting: { title: 'Votre demande « {subject} » attend votre réponse', body: 'Il nous manque quelque chose de votre part pour avancer.' },
    requestResolved: { title: 'Votre demande « {subject} » est résolue', body: 'S’il manque encore quelque chose, répondez dans la demande.' },
    documentPublished: { title: 'Nouveau document : {title}', body: 'Un document a été publié pour vous ; il se trouve dans vos documents.' },
    documentNewVersion: { title: 'Nouvelle version de « {title} »', body: 'Une version mise à jour de ce document est dans vos documents.' },
    archiveReady: { title: 'Votre archive personnelle est prête', body: 'Vos lettres et photos sont dans un fichier ZIP. Téléchargez-le depuis vos documents.' },
    invitationAccepted: { title: '{name} a accepté votre invitation', body: '{name} peut maintenant se connecter au portail.' },
  },
};

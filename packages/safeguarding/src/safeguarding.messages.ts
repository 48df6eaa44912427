import type { SafeguardingKind, SafeguardingLocale } from './safeguarding.types';

// Written for the sponsor: say what to remove and why, without accusing anyone.
const MESSAGES: Record<SafeguardingLocale, Record<SafeguardingKind, string>> = {
  en: {
    EMAIL: 'Please remove email addresses: children may not be contacted outside the programme.',
    PHONE: 'Please remove phone numbers: children may not be contacted outside the programme.',
    LINK: 'Please remove web links: letters cannot send children to websites outside the programme.',
    SOCIAL_MEDIA: 'Please remove social media names and apps: children may not be contacted outside the programme.',
    ADDRESS: 'Please remove addresses: home and postal addresses are not shared in letters, for everyone’s safety.',
    MONEY_OR_GIFT: 'Please remove mentions of money or gifts: these can only be given through the programme’s own gift process.',
  },
  fr: {
    EMAIL: 'Merci de retirer les adresses e-mail : les enfants ne peuvent pas être contactés en dehors du programme.',
    PHONE: 'Merci de retirer les numéros de téléphone : les enfants ne peuvent pas être contactés en dehors du programme.',
    LINK: 'Merci de retirer les liens web : les lettres ne peuvent pas renvoyer les enfants vers des sites extérieurs au programme.',
    SOCIAL_MEDIA: 'Merci de retirer les réseaux sociaux et messageries : les enfants ne peuvent pas être contactés en dehors du programme.',
    ADDRESS: 'Merci de retirer les adresses : les adresses personnelles et postales ne sont pas partagées dans les lettres, pour la sécurité de tous.',
    MONEY_OR_GIFT: 'Merci de retirer les mentions d’argent ou de cadeaux : ils ne peuvent passer que par le circuit de dons du programme.',
  },
};

/** Returns the plain-language explanation shown to the sponsor for one kind of flag. */
export function flagMessage(kind: SafeguardingKind, locale: SafeguardingLocale = 'en'): string {
  return MESSAGES[locale][kind];
}

import type { Detector } from './safeguarding.types';
import { findSpans, WORD_END, WORD_START } from './span.utils';

// Words like "signal", "messenger", "snap" and "imo" are ordinary English, so platforms only count
// inside a contact phrase ("find me on …", "my insta is …"), except the messaging apps below.
const NAMED_PLATFORMS = String.raw`(?:instagram|insta|ig|facebook|fb|whats\s?app|tik\s?tok|snapchat|telegram|twitter|viber|discord|youtube|linkedin|wechat|skype)`;
const PLATFORMS = String.raw`(?:${NAMED_PLATFORMS}|snap|messenger|signal|imo|threads)`;
// Apps whose only use is private messaging: naming one in a letter is already an invitation.
const MESSAGING_APPS = String.raw`(?:whats\s?app|telegram|viber|snapchat|wechat|skype)`;
// An optional handle after the phrase: "is amani_k", ": @amani", " @amani".
const HANDLE = String.raw`(?:\s*(?::|=|\bis\b|\best\b|c['’]est)\s*@?[\p{L}\p{N}_.]*[\p{L}\p{N}_]|\s+@[\p{L}\p{N}_.]*[\p{L}\p{N}_])?`;

const CONTACT_VERB_EN = String.raw`(?:find|follow|add|message|text|contact|reach|call|ring|dm|friend|write\s+to|chat\s+with|talk\s+to|look\s+for|search\s+for)`;
const CONTACT_VERB_FR = String.raw`(?:ajoute|suis|retrouve|contacte|[ée]cris|parle|envoie|trouve|cherche|appelle)`;
const PHRASES = [
  String.raw`${CONTACT_VERB_EN}\s+(?:me|us)\s+(?:on|via|through|at|in)\s+${PLATFORMS}`,
  String.raw`(?:i['’]?m|i\s+am|we\s+are|we['’]re)\s+on\s+${PLATFORMS}`,
  String.raw`(?:my|our)\s+${NAMED_PLATFORMS}(?:\s+(?:account|page|handle|profile|name|username|number|id))?`,
  String.raw`${CONTACT_VERB_FR}[\s-]*(?:moi|nous)\s+(?:sur|via|par)\s+${PLATFORMS}`,
  String.raw`je\s+suis\s+sur\s+${PLATFORMS}`,
  String.raw`(?:mon|ma|notre)\s+(?:compte\s+|profil\s+|page\s+|pseudo\s+|num[ée]ro\s+)?${NAMED_PLATFORMS}`,
];
const CONTACT_PHRASE = new RegExp(`${WORD_START}(?:${PHRASES.join('|')})${WORD_END}${HANDLE}`, 'giu');
const MESSAGING_APP = new RegExp(`${WORD_START}${MESSAGING_APPS}${WORD_END}`, 'giu');
// "@amani_k", but not the "@example" inside "name@example.com".
const MENTION = /(?<![\p{L}\p{N}_@.])@[\p{L}\p{N}_](?:[\p{L}\p{N}_.]{0,28}[\p{L}\p{N}_])?/gu;

/** Finds social media handles (@name), invitations to connect on a platform, and messaging apps. */
export const socialMediaDetector: Detector = {
  kind: 'SOCIAL_MEDIA',
  find: (text) => [CONTACT_PHRASE, MESSAGING_APP, MENTION].flatMap((p) => findSpans(p, text)),
};

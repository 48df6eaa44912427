import type { Detector } from './safeguarding.types';
import { findSpans, WORD_END, WORD_START } from './span.utils';

const AMOUNT = String.raw`\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const SYMBOL = '[$€£¥₦₹₵]';
const CODE = '(?:KSh|Ksh|KES|USD|EUR|GBP|UGX|TZS|RWF|NGN|GHS|FCFA|CFA|XOF|XAF|Sh)';
// "pounds" alone is left out: "5 pounds" is as often a weight as a sum.
const CURRENCY_WORD = String.raw`(?:dollars?|euros?|shillings?|bob|francs|naira|cedis?|rands?|birr|rupees?|pounds?\s+sterling)`;

const AMOUNTS = new RegExp(
  [
    String.raw`(?:US|CA|AU)?${SYMBOL}[ \t]?(?:${AMOUNT})`,
    String.raw`(?<![\p{L}\p{N}])(?:${AMOUNT})[ \t]?${SYMBOL}`,
    String.raw`${WORD_START}${CODE}\.?[ \t]?(?:${AMOUNT})${WORD_END}`,
    String.raw`(?<![\p{L}\p{N}])(?:${AMOUNT})[ \t]?(?:${CODE}|${CURRENCY_WORD})${WORD_END}`,
  ].join('|'),
  'giu',
);

const KEYWORDS = new RegExp(
  String.raw`${WORD_START}(?:` +
    [
      String.raw`money|cash|dollars?|euros?|shillings?|francs|naira|cedis?`,
      String.raw`m-?pesa|airtel\s+money|mtn\s+(?:mobile\s+)?money|mobile\s+money|orange\s+money|momo|western\s+union|moneygram|paypal|venmo|cash\s?app|zelle|worldremit|remitly|sendwave`,
      String.raw`bank\s+(?:transfer|account|details)|wire\s+transfer|school\s+fees|pay(?:ing)?\s+for\s+(?:you|your)`,
      String.raw`virement|compte\s+bancaire|esp[èe]ces|frais\s+de\s+scolarit[ée]|t['’]envoyer\s+de\s+l['’]argent`,
    ].join('|') +
    `)${WORD_END}`,
  'giu',
);

// "bank" of a river, a food bank, a blood bank or a job ("works in a bank") is not money.
const BANK = new RegExp(String.raw`${WORD_START}(?:banks?|banque)${WORD_END}`, 'giu');
const NOT_MONEY_BANK_BEFORE = /(?:river|sand|food|blood|data|memory|west)\s*$|\bwork(?:s|ed|ing)?\s+(?:in|at|for)\s+(?:a|the)\s+$|\btravaille\s+(?:dans|à)\s+(?:une|la)\s+$/i;
const NOT_MONEY_BANK_AFTER = /^\s+(?:of\s+(?:the\s+)?(?:river|lake|stream|nile|canal)|alimentaire|de\s+sang)/i;

// French "argent" is also silver: "médaille d'argent", "en argent".
const ARGENT = new RegExp(String.raw`${WORD_START}argent${WORD_END}`, 'giu');
const SILVER_BEFORE = /(?:m[ée]daille|bague|collier|couleur|cuill[èe]re)s?\s+d['’]\s*$|\ben\s+$/i;

// Decision: "gift" is flagged unless it is plainly figurative — "you are a gift",
// "a gift from God", "the gift of friendship".
const GIFT = new RegExp(String.raw`${WORD_START}gifts?${WORD_END}`, 'giu');
const FIGURATIVE_GIFT_BEFORE =
  /\b(?:you|he|she|they|we|children|kids|life|day|family|friendship)\s*(?:are|is|was|were|['’]re|['’]s)\s+(?:(?:such|truly|really|so|a|an|real|true|wonderful|precious|special|great|beautiful|amazing)\s+)*$/i;
const FIGURATIVE_GIFT_AFTER = /^\s+(?:from|of)\s+(?:god|heaven|the\s+lord|jesus|life|love|friendship|faith|grace|hope|music|joy|the\s+holy\s+spirit)\b/i;

// The same for French: "tu es un cadeau du ciel" is praise, "je t'envoie un cadeau" is not.
const CADEAU = new RegExp(String.raw`${WORD_START}cadeaux?${WORD_END}`, 'giu');
const FIGURATIVE_CADEAU_BEFORE = /(?:^|\s)(?:es|est|êtes|etes|sont|étais|était)\s+(?:un|une|des|le|mon|notre)\s+(?:(?:vrai|beau|véritable|si|merveilleux|précieux)\s+)*$/i;
const FIGURATIVE_CADEAU_AFTER = /^\s+(?:du\s+ciel|de\s+dieu|de\s+la\s+vie)\b/i;

// Decision: "present" is flagged only in its gift sense — after "a", "your", "birthday"… and not
// before "tense"/"moment"; "at present" and "the present" (time) are left alone.
const PRESENT = new RegExp(String.raw`${WORD_START}presents?${WORD_END}`, 'giu');
const GIFT_SENSE_BEFORE = /\b(?:a|your|my|this|that|little|small|special|nice|lovely|big|birthday|christmas|xmas|easter|some)\s+$/i;
const TIME_SENSE_AFTER = /^\s+(?:tense|moment|day|time|simple|perfect|continuous|participle|situation)\b/i;
const VERB_SENSE_BEFORE = /\b(?:he|she|it|who|which|that|one)\s+$/i;

const before = (text: string, index: number) => text.slice(Math.max(0, index - 40), index);
const after = (text: string, index: number) => text.slice(index, index + 40);

/** Finds amounts of money, mentions of money, money-transfer services, banks and gifts (EN and FR). */
export const moneyDetector: Detector = {
  kind: 'MONEY_OR_GIFT',
  find: (text) => [
    ...findSpans(AMOUNTS, text),
    ...findSpans(KEYWORDS, text),
    ...findSpans(BANK, text, (m) => !NOT_MONEY_BANK_BEFORE.test(before(text, m.index)) && !NOT_MONEY_BANK_AFTER.test(after(text, m.index + m[0].length))),
    ...findSpans(ARGENT, text, (m) => !SILVER_BEFORE.test(before(text, m.index))),
    ...findSpans(GIFT, text, (m) => !FIGURATIVE_GIFT_BEFORE.test(before(text, m.index)) && !FIGURATIVE_GIFT_AFTER.test(after(text, m.index + m[0].length))),
    ...findSpans(CADEAU, text, (m) => !FIGURATIVE_CADEAU_BEFORE.test(before(text, m.index)) && !FIGURATIVE_CADEAU_AFTER.test(after(text, m.index + m[0].length))),
    ...findSpans(PRESENT, text, (m) => {
      const end = m.index + m[0].length;
      if (TIME_SENSE_AFTER.test(after(text, end))) return false;
      return m[0].length > 'present'.length ? !VERB_SENSE_BEFORE.test(before(text, m.index)) : GIFT_SENSE_BEFORE.test(before(text, m.index));
    }),
  ],
};

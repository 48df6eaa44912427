import type { Detector } from './safeguarding.types';
import { anyCase, findSpans, WORD_END, WORD_START } from './span.utils';

const GAP = String.raw`[ \t]+`;
const CAPITALISED = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*`;
const ANY_WORD = String.raw`\p{L}[\p{L}'’-]*`;
const alternatives = (words: string[]) => `(?:${words.join('|')})`;

// English: "221B Baker Street", "12 Main St.". Street names must be capitalised so that
// "3 goats crossed the road" is not an address; all-lowercase addresses are a known miss.
// "close", "way", "place"… are everyday words ("3 Big Elephants close by"), so only capitalised.
const EN_TYPES = alternatives([
  ...['street', 'road', 'avenue', 'lane', 'boulevard', 'crescent', 'highway'].map(anyCase),
  ...['Drive', 'Close', 'Court', 'Way', 'Place', 'Terrace', 'Estate', 'St', 'Rd', 'Ave', 'Ln', 'Blvd', 'Dr', 'Ct', 'Pl', 'Hwy'],
]);
// An optional ", Springfield, IL 62704" after the street: the ZIP only counts next to an address.
const CITY_AND_ZIP = String.raw`(?:,?${GAP}(?:${CAPITALISED}[ \t]*){1,3},?[ \t]*(?:[A-Z]{2}${GAP})?\d{5}(?:-\d{4})?)?`;
const EN_STREET = new RegExp(
  String.raw`${WORD_START}\d{1,5}[A-Za-z]?,?${GAP}(?:${CAPITALISED}${GAP}){1,4}${EN_TYPES}\.?${WORD_END}${CITY_AND_ZIP}`,
  'gu',
);

// French: "12 rue de la Paix", "5 bis, chemin des Vignes". "place", "route" and "cours" are also
// everyday words ("1 place de libre"), so those need a capitalised name after them.
const FR_PARTICLE = String.raw`(?:(?:de${GAP}la|de${GAP}l['’]|du|des|de|d['’]|la|le|les)[ \t]*)?`;
const FR_CLEAR_TYPES = alternatives(['rue', 'avenue', 'boulevard', 'bd', 'chemin', 'allée', 'allee', 'impasse', 'quai'].map(anyCase));
const FR_WORD_TYPES = alternatives(['place', 'route', 'cours', 'passage', 'square'].map(anyCase));
const FR_STREET = new RegExp(
  String.raw`${WORD_START}\d{1,4}(?:[ \t]?(?:bis|ter))?,?${GAP}(?:${FR_CLEAR_TYPES}${GAP}${FR_PARTICLE}${ANY_WORD}|${FR_WORD_TYPES}${GAP}${FR_PARTICLE}\p{Lu}[\p{L}'’-]*)(?:${GAP}\p{Lu}[\p{L}'’-]*){0,3}`,
  'gu',
);

const PO_BOX = new RegExp(
  String.raw`${WORD_START}(?:[Pp]\.?[ \t]?[Oo]\.?[ \t]?${anyCase('box')}|${anyCase('post office box')}|B\.[ \t]?P\.|BP|${anyCase('boîte postale')}|${anyCase('boite postale')})[ \t]*\d+(?:[ \t]*-[ \t]*\d{5})?${WORD_END}`,
  'gu',
);
// Upper-case only, as written on envelopes: "SW1A 1AA", "M1 1AE".
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
// A US state code before a ZIP ("CA 90210") or a postcode label before a number.
const US_STATE_ZIP = /(?<![\p{L}\p{N}])[A-Z]{2}[ \t]+\d{5}(?:-\d{4})?(?![\p{L}\p{N}])/gu;
const LABELLED_POSTCODE = new RegExp(
  String.raw`${WORD_START}(?:${anyCase('zip')}(?:[ \t]?${anyCase('code')})?|${anyCase('postcode')}|${anyCase('postal code')}|${anyCase('code postal')})[ \t]*:?[ \t]*[A-Z\d]{3,5}(?:[ \t-][A-Z\d]{3,4})?${WORD_END}`,
  'gu',
);
// French "75008 Paris": a département prefix, then a capitalised town that is not a currency or unit.
const FR_POSTCODE = /(?<![\p{L}\p{N}])(?:0[1-9]|[1-8]\d|9[0-578])\d{3}[ \t]+(\p{Lu}[\p{L}'’-]+)/gu;
const NOT_A_TOWN = /^(?:francs?|euros?|dollars?|shillings?|fcfa|cfa|kes|ksh|usd|eur|km|kilom[eè]tres?|habitants?|personnes?|people|children|enfants|kenyans?)$/i;

const ADDRESS_PHRASE = new RegExp(
  String.raw`${WORD_START}(?:(?:my|our)${GAP}(?:home${GAP}|postal${GAP}|street${GAP})?address${GAP}is|I${GAP}live${GAP}at${GAP}(?=\d)|(?:mon|notre)${GAP}adresse(?:${GAP}postale)?[ \t]*(?:est|:)|j['’]habite${GAP}(?:au|à)${GAP}(?=\d))[^.;\n!?]{0,60}`,
  'giu',
);

/** Finds street addresses, P.O. boxes, postcodes and "my address is …" in English and French. */
export const addressDetector: Detector = {
  kind: 'ADDRESS',
  find: (text) => [
    ...[EN_STREET, FR_STREET, PO_BOX, UK_POSTCODE, US_STATE_ZIP, LABELLED_POSTCODE, ADDRESS_PHRASE].flatMap((p) => findSpans(p, text)),
    ...findSpans(FR_POSTCODE, text, (m) => !NOT_A_TOWN.test(m[1])),
  ],
};

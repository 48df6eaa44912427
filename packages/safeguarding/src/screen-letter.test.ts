import { screenLetter, summarizeFlags } from './screen-letter';
import { SAFEGUARDING_KINDS, type SafeguardingKind } from './safeguarding.types';

type Row = [description: string, letter: string, expected: Array<[SafeguardingKind, string]>];

const EMAIL: Row[] = [
  ['plain email', 'Write to me at amani.otieno@gmail.com soon!', [['EMAIL', 'amani.otieno@gmail.com']]],
  ['email with plus and subdomain', 'grace+kids@mail.example.co.uk', [['EMAIL', 'grace+kids@mail.example.co.uk']]],
  ['bracketed at and dot', 'My email is amani [at] yahoo [dot] com', [['EMAIL', 'amani [at] yahoo [dot] com']]],
  ['spelled at and dot', 'john at gmail dot com', [['EMAIL', 'john at gmail dot com']]],
  ['word "at" with a webmail provider', 'reach john at gmail.com', [['EMAIL', 'john at gmail.com']]],
  ['FR arobase', 'mon mail : zoe arobase orange point fr', [['EMAIL', 'zoe arobase orange point fr']]],
  ['FR plain email', 'Écris-moi à zoe.dupont@orange.fr', [['EMAIL', 'zoe.dupont@orange.fr']]],
  ['email wins over the link and handle inside it', 'my address is amani@gmail.com', [['ADDRESS', 'my address is'], ['EMAIL', 'amani@gmail.com']]],
];

const PHONE: Row[] = [
  ['international with spaces', 'Call me on +254 712 345 678 anytime', [['PHONE', '+254 712 345 678']]],
  ['international with 00 and dashes', 'ring 00254-712-345-678', [['PHONE', '00254-712-345-678']]],
  ['local with spaces', 'My number is 0712 345 678.', [['PHONE', '0712 345 678']]],
  ['local without separators', 'Mpesa number 0712345678', [['MONEY_OR_GIFT', 'Mpesa'], ['PHONE', '0712345678']]],
  ['US with parentheses', '(555) 123-4567 is my number', [['PHONE', '(555) 123-4567']]],
  ['US with dots', 'text 555.123.4567', [['PHONE', '555.123.4567']]],
  ['short local', 'my home phone: 555-1234', [['PHONE', '555-1234']]],
  ['UK freephone and French mobile', 'Call 0800 123 4567 or +33 6 12 34 56 78', [['PHONE', '0800 123 4567'], ['PHONE', '+33 6 12 34 56 78']]],
  ['FR pairs', 'Appelle-moi au 06 12 34 56 78', [['PHONE', '06 12 34 56 78']]],
  ['FR with dots', 'Mon numéro : 06.12.34.56.78', [['PHONE', '06.12.34.56.78']]],
  ['spelled out digit by digit', 'zero seven one two three four five six seven eight', [['PHONE', 'zero seven one two three four five six seven eight']]],
  ['FR spelled out', 'zéro six un deux trois quatre cinq six sept huit', [['PHONE', 'zéro six un deux trois quatre cinq six sept huit']]],
];

const LINK: Row[] = [
  ['https URL without trailing full stop', 'Visit https://example.org/path?x=1.', [['LINK', 'https://example.org/path?x=1']]],
  ['www address', 'See www.portal-ngo.org, it is nice', [['LINK', 'www.portal-ngo.org']]],
  ['bare domain', 'Look at example.com for photos', [['LINK', 'example.com']]],
  ['bare domain with path', 'my blog is amani.co.ke/photos', [['LINK', 'amani.co.ke/photos']]],
  ['spelled dot com', 'my site is example dot com', [['LINK', 'example dot com']]],
  ['FR bare domain', 'Rendez-vous sur monsite.fr', [['LINK', 'monsite.fr']]],
  ['FR point com', 'va sur famille-dupont point com', [['LINK', 'famille-dupont point com']]],
];

const SOCIAL: Row[] = [
  ['find me on … with handle', 'Find me on Instagram: amani_k', [['SOCIAL_MEDIA', 'Find me on Instagram: amani_k']]],
  ['my insta is …', 'my insta is amani.k', [['SOCIAL_MEDIA', 'my insta is amani.k']]],
  ['@mention', 'Follow @grace_w for updates', [['SOCIAL_MEDIA', '@grace_w']]],
  ['messaging app on its own', 'Do you use WhatsApp?', [['SOCIAL_MEDIA', 'WhatsApp']]],
  ['add me on Snapchat', 'add me on Snapchat', [['SOCIAL_MEDIA', 'add me on Snapchat']]],
  ['we are on TikTok', "We're on TikTok @the_smiths", [['SOCIAL_MEDIA', "We're on TikTok @the_smiths"]]],
  ['my WhatsApp is + phone', 'My WhatsApp is +254 712 345 678', [['SOCIAL_MEDIA', 'My WhatsApp'], ['PHONE', '+254 712 345 678']]],
  ['FR ajoute-moi sur', 'Ajoute-moi sur Facebook', [['SOCIAL_MEDIA', 'Ajoute-moi sur Facebook']]],
  ['FR mon insta c’est', "Mon Insta c'est zoe.dupont", [['SOCIAL_MEDIA', "Mon Insta c'est zoe.dupont"]]],
  ['FR je suis sur Telegram', 'Je suis sur Telegram', [['SOCIAL_MEDIA', 'Je suis sur Telegram']]],
];

const ADDRESS: Row[] = [
  ['EN street with UK postcode', 'I live at 221B Baker Street, London NW1 6XE', [['ADDRESS', 'I live at 221B Baker Street, London NW1 6XE']]],
  ['EN abbreviated street', 'We moved to 14 Elm Rd. last year', [['ADDRESS', '14 Elm Rd.']]],
  ['EN street with city, state and ZIP', '12 Main Street, Springfield, IL 62704', [['ADDRESS', '12 Main Street, Springfield, IL 62704']]],
  ['US state and ZIP', 'Beverly Hills, CA 90210', [['ADDRESS', 'CA 90210']]],
  ['UK postcode alone', 'post it to SW1A 1AA please', [['ADDRESS', 'SW1A 1AA']]],
  ['P.O. Box with Kenyan postcode', 'P.O. Box 1234-00100 Nairobi', [['ADDRESS', 'P.O. Box 1234-00100']]],
  ['address phrase stops at the phone', 'I live at 12 Baker Street call me 0712 345 678', [['ADDRESS', 'I live at 12 Baker Street call me'], ['PHONE', '0712 345 678']]],
  ['FR rue and postcode', '12 rue de la Paix, 75008 Paris', [['ADDRESS', '12 rue de la Paix'], ['ADDRESS', '75008 Paris']]],
  ['FR bis and chemin', '5 bis, chemin des Vignes', [['ADDRESS', '5 bis, chemin des Vignes']]],
  ['FR mon adresse', 'Mon adresse : 3 allée des Roses, 69003 Lyon', [['ADDRESS', 'Mon adresse : 3 allée des Roses, 69003 Lyon']]],
  ['FR BP', 'BP 512 Douala', [['ADDRESS', 'BP 512']]],
  ['FR place with a capitalised name', 'au 4 place Bellecour', [['ADDRESS', '4 place Bellecour']]],
];

const MONEY: Row[] = [
  ['dollar amount', 'I will send you $50 for Christmas', [['MONEY_OR_GIFT', '$50']]],
  ['euro symbol after', 'voici 20 € pour toi', [['MONEY_OR_GIFT', '20 €']]],
  ['FR euros word', "Je t'envoie 50 euros", [['MONEY_OR_GIFT', '50 euros']]],
  ['shilling code', 'KSh 500 for sweets', [['MONEY_OR_GIFT', 'KSh 500']]],
  ['big amount with thousands separators is not a phone', 'I sent you 1 000 000 shillings', [['MONEY_OR_GIFT', '1 000 000 shillings']]],
  ['FCFA', "J'ai 20 000 FCFA pour toi", [['MONEY_OR_GIFT', '20 000 FCFA']]],
  ['money and transfer services', 'Send money via M-Pesa or Western Union', [['MONEY_OR_GIFT', 'money'], ['MONEY_OR_GIFT', 'M-Pesa'], ['MONEY_OR_GIFT', 'Western Union']]],
  ['PayPal and bank transfer', 'Pay with PayPal or a bank transfer', [['MONEY_OR_GIFT', 'PayPal'], ['MONEY_OR_GIFT', 'bank transfer']]],
  ['bank on its own', 'I went to the bank today', [['MONEY_OR_GIFT', 'bank']]],
  ['a gift for you', 'This is a gift for you', [['MONEY_OR_GIFT', 'gift']]],
  ['birthday present', "I'm sending you a birthday present", [['MONEY_OR_GIFT', 'present']]],
  ['plural presents', 'Did you get the presents?', [['MONEY_OR_GIFT', 'presents']]],
  ['school fees', 'I will pay your school fees', [['MONEY_OR_GIFT', 'school fees']]],
  ['FR argent and cadeau', "Je vais t'envoyer de l'argent et un cadeau", [['MONEY_OR_GIFT', "t'envoyer de l'argent"], ['MONEY_OR_GIFT', 'cadeau']]],
  ['FR cadeaux', 'Tu as reçu mes cadeaux ?', [['MONEY_OR_GIFT', 'cadeaux']]],
  ['FR banque', 'à la banque', [['MONEY_OR_GIFT', 'banque']]],
];

// Ordinary letters that must come back clean.
const CLEAN: Row[] = [
  ['written date', 'Today is 12 March 2026, see you at 10:30.', []],
  ['ISO date and time', 'On 2026-03-12 at 10:30 we met', []],
  ['dotted birth date and age', 'Born 12.03.2016, you are 9 years old', []],
  ['scripture reference', 'John 3:16 is my favourite verse', []],
  ['scripture reference 2', 'Romans 8:28 and Matthew 5:9', []],
  ['small counts', 'I have 3 goats and 2 brothers', []],
  ['year list', 'In 2024 2025 2026 we grew', []],
  ['school grades and marks', 'Your grade 7 results were 380 marks in Class 6', []],
  ['counting aloud is not a spelled phone', 'one, two, three, four, five, six, seven, eight', []],
  ['"dot com" as a phrase', 'the dot com boom', []],
  ['missing space after a full stop', 'I loved school.It was fun', []],
  ['platform named without contact intent', 'I watched a YouTube video about Kenya', []],
  ['numbers then "close", not an address', '3 Big Elephants close to the river', []],
  ['"road" after ordinary words', 'We walked 5 miles down the road', []],
  ['FR "place" as an ordinary word', 'Il y a 1 place de libre', []],
  ['decision: figurative gift', 'You are a gift from God', []],
  ['decision: "you\'re such a gift"', "You're such a precious gift to us", []],
  ['decision: "the gift of friendship"', 'Thank you for the gift of friendship', []],
  ['decision: present tense and "at present"', 'We learned the present tense. At present I am busy.', []],
  ['decision: "the present" (time) is left alone', 'Live in the present, my friend', []],
  ['verb "presents"', 'She presents her project.', []],
  ['river bank', 'We sat on the river bank. The banks of the river were green.', []],
  ['FR silver medal', "Tu as gagné une médaille d'argent !", []],
  ['FR figurative cadeau', 'Tu es un vrai cadeau du ciel', []],
  ['FR ordinary letter', "Nous avons 3 chèvres et 2 vaches. Le 12 mars 2026 à 10h30, nous sommes allés à l'église.", []],
  ['FR age and class', 'Ma fille a 9 ans et elle est en CM2.', []],
  ['"pounds" as weight', 'The baby weighs 8 pounds', []],
  ['FR franc as frank', 'Je serai franc avec toi', []],
  ['a job at a bank', 'My husband works in a bank. Ma sœur travaille dans une banque.', []],
  ['realistic EN letter', 'Dear Amani, we had snow in December and my son, who is 12, built a snowman. We read Psalm 23:1-6. You finished Class 5 with 420 marks! We prayed for you at 7.30 pm. The score was 3-2. Love, Sarah', []],
  ['realistic FR letter', "Chère Zoé, ici il fait -5 °C ! Mon fils a 8 ans, il est en CE2. Nous avons lu Jean 3.16. Je t'ai écrit le 12/03/2026. Amitiés, Claire", []],
];

describe('screenLetter', () => {
  const rows = [...EMAIL, ...PHONE, ...LINK, ...SOCIAL, ...ADDRESS, ...MONEY, ...CLEAN];

  test.each(rows)('%s', (_description, letter, expected) => {
    const flags = screenLetter(letter);
    expect(flags.map((f) => [f.kind, f.match])).toEqual(expected);
    // Offsets always point at the match in the original text, so the UI can highlight it.
    for (const f of flags) expect(letter.slice(f.start, f.end)).toBe(f.match);
  });

  test.each([
    ['Hello! Email me: a@b.com', 17, 24],
    ['Merci. Appelle le 06 12 34 56 78 demain', 18, 32],
    ['Zoé, voici 20 € 🎁 et www.zoe.fr', 22, 32],
  ])('offsets in %p', (letter, start, end) => {
    const [flag] = screenLetter(letter).filter((f) => f.kind !== 'MONEY_OR_GIFT');
    expect([flag.start, flag.end]).toEqual([start, end]);
  });

  it('returns flags in reading order', () => {
    const flags = screenLetter('Send $5 to +254 712 345 678 or amani@x.org');
    expect(flags.map((f) => f.kind)).toEqual(['MONEY_OR_GIFT', 'PHONE', 'EMAIL']);
  });

  it('explains each flag in plain language, in English by default and in French on request', () => {
    expect(screenLetter('amani@x.org')[0].message).toBe(
      'Please remove email addresses: children may not be contacted outside the programme.',
    );
    expect(screenLetter('amani@x.org', 'fr')[0].message).toMatch(/^Merci de retirer les adresses e-mail/);
  });

  it('is stable when called repeatedly (global patterns are reset)', () => {
    const letter = 'a@b.com and c@d.com';
    expect(screenLetter(letter)).toEqual(screenLetter(letter));
    expect(screenLetter(letter)).toHaveLength(2);
  });

  it('returns nothing for an empty letter', () => {
    expect(screenLetter('')).toEqual([]);
  });
});

describe('summarizeFlags', () => {
  it('counts flags per kind, listing every kind', () => {
    const flags = screenLetter('Call 0712 345 678 or 0722 000 111, send $20, see example.com');
    expect(summarizeFlags(flags)).toEqual({ EMAIL: 0, PHONE: 2, LINK: 1, SOCIAL_MEDIA: 0, ADDRESS: 0, MONEY_OR_GIFT: 1 });
  });

  it('has a zero for every kind when there are no flags', () => {
    expect(Object.keys(summarizeFlags([]))).toEqual([...SAFEGUARDING_KINDS]);
  });
});

describe('screenLetter on long or odd input', () => {
  // Not a timing test: patterns are length-capped, so these finish at once instead of backtracking.
  test.each([
    ['a long run of letters', 'a'.repeat(10_000)],
    ['a long run of dotted letters', 'a.'.repeat(5_000)],
    ['a long run of digits', '1'.repeat(2_000)],
    ['a long run of dashed digits', '12-'.repeat(1_000)],
  ])('%s is not flagged', (_description, letter) => {
    expect(screenLetter(letter)).toEqual([]);
  });
});

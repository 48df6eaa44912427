import { formatMessage, messageArguments, MessageSyntaxError } from './message-format';

describe('formatMessage', () => {
  it.each([
    ['plain text', 'Hello', {}, 'en', 'Hello'],
    ['an argument', 'Hello {name},', { name: 'Zoé' }, 'en', 'Hello Zoé,'],
    ['apostrophes stay text', 'l’invitation de {name} n\'expire pas', { name: 'Ana' }, 'fr', 'l’invitation de Ana n\'expire pas'],
    ['a number in the locale', '{n} items', { n: 12345.5 }, 'fr', '12\u202f345,5 items'],
    ['plural one (en)', '{n, plural, one {# minute} other {# minutes}}', { n: 1 }, 'en', '1 minute'],
    ['plural other (en)', '{n, plural, one {# minute} other {# minutes}}', { n: 15 }, 'en', '15 minutes'],
    ['plural: French 0 is singular', '{n, plural, one {# minute} other {# minutes}}', { n: 0 }, 'fr', '0 minute'],
    ['plural exact match first', '{n, plural, =0 {none} one {# one} other {# many}}', { n: 0 }, 'en', 'none'],
    ['# formats with grouping', '{n, plural, other {# updates}}', { n: 1200 }, 'en', '1,200 updates'],
    ['nested argument in a branch', '{n, plural, one {# for {who}} other {# for {who}}}', { n: 2, who: 'Ana' }, 'en', '2 for Ana'],
    ['select', '{g, select, a {A} other {O}}', { g: 'a' }, 'en', 'A'],
    ['select falls to other', '{g, select, a {A} other {O}}', { g: 'z' }, 'en', 'O'],
  ])('%s', (_name, source, values, locale, expected) => {
    expect(formatMessage(source, values, locale)).toBe(expected);
  });

  it('throws for a missing value rather than printing the placeholder', () => {
    expect(() => formatMessage('Hello {name}', {}, 'en')).toThrow('Missing value "name"');
  });

  it.each([
    ['unclosed argument', 'Hello {name'],
    ['stray closing brace', 'Hello }'],
    ['plural without other', '{n, plural, one {x}}'],
    ['unknown type', '{n, number}'],
  ])('rejects %s', (_name, source) => {
    expect(() => formatMessage(source, { name: 'x', n: 1 }, 'en')).toThrow(MessageSyntaxError);
  });
});

describe('messageArguments', () => {
  it('lists every argument, in branches too, sorted', () => {
    expect(messageArguments('{b} and {a, plural, one {# {c}} other {#}}')).toEqual(['a', 'b', 'c']);
  });
});

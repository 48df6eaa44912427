import { messageArguments } from '../message-format';
import { FALLBACK_LOCALE, mailCatalogues, type MailMessages } from '.';

// Every language must ask for the same placeholders as English: a typo would throw at send time.
function leaves(messages: MailMessages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: object, path: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') out.set(path + key, value);
      else walk(value as object, `${path}${key}.`);
    }
  };
  walk(messages, '');
  out.delete('locale');
  return out;
}

const english = leaves(mailCatalogues[FALLBACK_LOCALE]);

describe.each(Object.keys(mailCatalogues))('the %s messages', (language) => {
  const messages = mailCatalogues[language];

  it('declare their own language for Intl', () => {
    expect(messages.locale.split('-')[0]).toBe(language);
    expect(Intl.DateTimeFormat.supportedLocalesOf(messages.locale)).toHaveLength(1);
  });

  it.each([...english.keys()])('%s parses and uses the same arguments as English', (key) => {
    const message = leaves(messages).get(key);
    expect(message).toBeDefined();
    expect(messageArguments(message!)).toEqual(messageArguments(english.get(key)!));
  });
});

import { InvalidMailError, type OutgoingMail } from './mailer';
import { checkOutgoingMail } from './outgoing-mail';

const base: OutgoingMail = { to: 'zoe@example.org', subject: 'Bonjour', text: 'Texte' };

describe('checkOutgoingMail', () => {
  it('returns the headers with the tag added', () => {
    expect(checkOutgoingMail({ ...base, headers: { 'X-Letter-Id': 'L-1' }, tag: 'invitation' })).toEqual({ 'X-Letter-Id': 'L-1', 'X-Portal-Tag': 'invitation' });
  });

  it.each<[string, Partial<OutgoingMail>]>([
    ['two recipients', { to: 'a@example.org, b@example.org' }],
    ['a display name', { to: 'Zoé <zoe@example.org>' }],
    ['a newline in the address', { to: 'zoe@example.org\nBcc: x@example.org' }],
    ['no domain', { to: 'zoe@' }],
    ['an empty subject', { subject: '  ' }],
    ['a newline in the subject', { subject: 'Hi\r\nBcc: x@example.org' }],
    ['an empty text part', { text: '' }],
    ['a newline in a header', { headers: { 'X-A': 'x\r\nBcc: y@example.org' } }],
    ['a bad header name', { headers: { 'X A': 'x' } }],
    ['a reserved header', { headers: { Bcc: 'x@example.org' } }],
    ['a bad tag', { tag: 'not a tag' }],
  ])('refuses %s', (_name, change) => {
    expect(() => checkOutgoingMail({ ...base, ...change })).toThrow(InvalidMailError);
  });
});

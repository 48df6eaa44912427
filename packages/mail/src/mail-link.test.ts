import { isSafeMailLink, safeMailLink, UnsafeLinkError } from './mail-link';

describe('safeMailLink', () => {
  it.each([
    ['https://portal.example.org/accept?token=abc', 'https://portal.example.org/accept?token=abc'],
    ['http://localhost:5173/sign-in#t=1', 'http://localhost:5173/sign-in#t=1'],
    ['HTTPS://Portal.Example.org/a b', 'https://portal.example.org/a%20b'],
  ])('accepts %s', (link, normalized) => {
    expect(safeMailLink(link)).toBe(normalized);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.org',
    'ftp://example.org/file',
    '/relative/path',
    '//evil.example/path',
    'https://portal.example.org@evil.example/',
    'not a url',
    '',
  ])('refuses %j', (link) => {
    expect(() => safeMailLink(link)).toThrow(UnsafeLinkError);
    expect(isSafeMailLink(link)).toBe(false);
  });

  it('does not echo the link (it may carry a token) in the error', () => {
    expect(() => safeMailLink('javascript:secret-token')).toThrow(/^Refused link in mail: scheme javascript: is not http\(s\)$/);
  });
});

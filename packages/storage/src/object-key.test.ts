import { assertSafeKey, assertSafePrefix, InvalidObjectKeyError } from './object-key';

describe('assertSafeKey', () => {
  test.each(['photos/child-1/display.webp', 'a', 'letters/2025/x y (1).pdf', 'ünïcode/名前.jpg', 'a..b/c'])('accepts %s', (key) => {
    expect(() => assertSafeKey(key)).not.toThrow();
  });

  test.each([
    ['', 'empty'],
    ['../etc/passwd', '".." segment'],
    ['photos/../../secret', '".." segment'],
    ['photos/..', '".." segment'],
    ['./photos', '"." segment'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/win.ini', 'absolute'],
    ['photos\\..\\secret', 'backslash'],
    ['photos//a', 'empty segment'],
    ['photos/', 'empty segment'],
    ['a\u0000b', 'control'],
    ['x'.repeat(1025), '1024'],
  ])('refuses %j', (key, reason) => {
    expect(() => assertSafeKey(key)).toThrow(InvalidObjectKeyError);
    expect(() => assertSafeKey(key)).toThrow(reason);
  });
});

describe('assertSafePrefix', () => {
  test('allows an empty prefix and a trailing slash, nothing else new', () => {
    expect(() => assertSafePrefix('')).not.toThrow();
    expect(() => assertSafePrefix('photos/')).not.toThrow();
    expect(() => assertSafePrefix('photos/ch')).not.toThrow();
    expect(() => assertSafePrefix('../')).toThrow(InvalidObjectKeyError);
    expect(() => assertSafePrefix('/photos/')).toThrow(InvalidObjectKeyError);
  });
});

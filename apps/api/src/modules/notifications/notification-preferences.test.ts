import { EmailMode, NotificationType } from './notification.entity';
import { DEFAULT_EMAIL_MODES, digestItems, effectiveMode } from './notification-preferences';

describe('email preferences', () => {
  it.each([
    [NotificationType.LETTER_STATUS, new Map(), EmailMode.IMMEDIATE],
    [NotificationType.NEW_PHOTO, new Map(), EmailMode.DAILY_DIGEST],
    [NotificationType.NEW_PHOTO, new Map([[NotificationType.NEW_PHOTO, EmailMode.OFF]]), EmailMode.OFF],
    [NotificationType.LETTER_STATUS, new Map([[NotificationType.NEW_PHOTO, EmailMode.OFF]]), EmailMode.IMMEDIATE],
  ])('%s with choices %p is %s', (type, chosen, expected) => {
    expect(effectiveMode(type, chosen as Map<NotificationType, EmailMode>)).toBe(expected);
  });

  it('has a default for every type', () => {
    expect(Object.keys(DEFAULT_EMAIL_MODES).sort()).toEqual(Object.values(NotificationType).sort());
  });

  it('lists digest items newest first, capped, with bodies shortened', () => {
    const at = (m: number) => new Date(Date.UTC(2026, 0, 1, 0, m));
    const rows = [
      { title: 'old', body: null, link: null, createdAt: at(1) },
      { title: 'new', body: 'x'.repeat(1500), link: 'http://p/1', createdAt: at(3) },
      { title: 'mid', body: 'b', link: null, createdAt: at(2) },
    ];
    expect(digestItems(rows).map((i) => i.title)).toEqual(['new', 'mid', 'old']);
    expect(digestItems(rows)[0].body).toHaveLength(1000);
    expect(digestItems(rows, 2)).toHaveLength(2);
  });
});

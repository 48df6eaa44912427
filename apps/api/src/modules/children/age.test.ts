import { ageOn } from './child.service';

describe('ageOn', () => {
  it.each([
    ['2015-06-15', '2026-06-14', 10],
    ['2015-06-15', '2026-06-15', 11],
    ['2015-06-15', '2026-12-01', 11],
    ['2012-02-29', '2026-02-28', 13],
    ['2012-02-29', '2026-03-01', 14],
  ])('born %s is on %s %i years old', (birth, today, age) => {
    expect(ageOn(birth, new Date(`${today}T12:00:00Z`))).toBe(age);
  });
});

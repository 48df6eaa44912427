import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it.each([
    ['short1', /at least 10/],
    ['anna.miller-2026', /email/],
    ['aaaaaaaaaaaa', /different/],
    ['qwertyuiop', /too common/],
    ['x'.repeat(201), /at most 200/],
  ])('refuses %s', (pw, why) => {
    expect(passwordProblem(pw, 'anna.miller@demo.portal')).toMatch(why);
  });

  it.each(['correct horse battery', 'Sunflower-Kisumu-42', 'un mot de passe long'])('accepts %s', (pw) => {
    expect(passwordProblem(pw, 'anna.miller@demo.portal')).toBeNull();
  });
});

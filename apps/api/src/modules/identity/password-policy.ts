/** Why a new password is refused, in words for people; null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < 10) return 'Use at least 10 characters.';
  if (password.length > 200) return 'Use at most 200 characters.';
  const lower = password.toLowerCase();
  if (lower === email.toLowerCase() || lower.includes(email.split('@')[0].toLowerCase())) return 'Do not use your email address in your password.';
  if (new Set(password).size < 4) return 'Use more different characters.';
  if (COMMON.has(lower)) return 'This password is too common. Choose another one.';
  return null;
}

// A few of the most used passwords; long ones only, since shorter ones fail the length rule.
const COMMON = new Set(['1234567890', 'password123', 'qwertyuiop', 'iloveyou123', 'password1234', '12345678910', 'azertyuiop', 'motdepasse']);

import type { TwoFactorChallenge } from '../session/session-provider';
import { SetupPage } from './setup-page';
import { VerifyCodePage } from './verify-code-page';

/** The second sign-in step: set up an authenticator app first (staff), or enter a code from it. */
export function TwoFactorSignIn({ challenge }: { challenge: TwoFactorChallenge }) {
  // Keyed by the token: a new sign-in starts the step afresh.
  return challenge.enrollmentRequired ? (
    <SetupPage key={challenge.challengeToken} challengeToken={challenge.challengeToken} />
  ) : (
    <VerifyCodePage key={challenge.challengeToken} challengeToken={challenge.challengeToken} />
  );
}

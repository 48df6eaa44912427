import type { ReactNode } from 'react';
import { AcceptInvitationPage } from './accept-invitation-page';
import { ForgotPasswordPage } from './forgot-password-page';
import { MagicLinkPage } from './magic-link-page';
import { MagicLinkRequestPage } from './magic-link-request-page';
import { ResetPasswordPage } from './reset-password-page';

/** Paths of the pages that work without a session; emailed links point at some of them. */
export const AUTH_PATHS = {
  forgotPassword: 'forgot-password',
  resetPassword: 'reset-password',
  acceptInvitation: 'accept-invitation',
  magicLink: 'magic-link',
  magicLinkRequest: 'sign-in-link',
} as const;

/** The page for a path that needs no session, or null for the app's own screens. */
export function publicPage(path: string, { magicLinks }: { magicLinks: boolean }): ReactNode | null {
  switch (path) {
    case AUTH_PATHS.forgotPassword:
      return <ForgotPasswordPage />;
    case AUTH_PATHS.resetPassword:
      return <ResetPasswordPage />;
    case AUTH_PATHS.acceptInvitation:
      return <AcceptInvitationPage />;
    case AUTH_PATHS.magicLink:
      return magicLinks ? <MagicLinkPage /> : null;
    case AUTH_PATHS.magicLinkRequest:
      return magicLinks ? <MagicLinkRequestPage /> : null;
    default:
      return null;
  }
}

import { CombinedGraphQLErrors } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import {
  RefreshSessionDocument,
  SignInDocument,
  SignOutDocument,
  type Role,
  type SessionFieldsFragment,
  type SessionUserFragment,
} from '@portal/graphql-types';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { applyLanguage, i18n } from '../i18n/i18n';
import { createApolloClient } from './apollo';
import { isNearExpiry, refreshDelay } from './refresh-timing';
import { isRoleAllowed, wrongRoleMessage } from './roles';

export type SessionUser = SessionUserFragment;

/** What a sign-in returns when a second step is needed: the token for it, and whether to set up an app first. */
export type TwoFactorChallenge = NonNullable<SessionFieldsFragment['twoFactor']>;

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; notice: string | null }
  /** The password (or link) was right; a code from an authenticator app is needed, or its setup. */
  | { status: 'twoFactor'; challenge: TwoFactorChallenge }
  | { status: 'signedIn'; user: SessionUser };

/** A problem to show on the sign-in form: the API's userErrors, or one made here. */
export interface FormError {
  field: readonly string[] | null;
  message: string;
  code: string;
}

export type SignInResult = { ok: true } | { ok: false; errors: FormError[] };

export interface AdoptOptions {
  /** The same person goes on (a changed password): keep what Apollo has cached. */
  keepCache?: boolean;
}

export interface SessionContextValue {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<SignInResult>;
  /**
   * Starts the session a mutation returned (accepted invitation, reset password, magic link,
   * changed password, two-step verification); its userErrors come back as the result. A payload
   * that asks for two-step verification moves to the `twoFactor` state and resolves ok.
   */
  adoptSession: (payload: SessionFieldsFragment | null | undefined, options?: AdoptOptions) => Promise<SignInResult>;
  /**
   * Resolves false when signing out everywhere failed (this device stays signed in then).
   * `notice` is shown on the sign-in page, e.g. after the server ended every session.
   */
  signOut: (options?: { everywhere?: boolean; notice?: string }) => Promise<boolean>;
  /** Leaves a pending two-step verification for the sign-in page, with an optional message. */
  cancelTwoFactor: (notice?: string | null) => void;
  /** `fetch` with the access token as `Authorization: Bearer`, retried once after a refresh on 401. */
  fetchWithSession: (url: string, init?: RequestInit) => Promise<Response>;
}

type RefreshOutcome =
  | { kind: 'ok'; user: SessionUser }
  | { kind: 'expired' }
  | { kind: 'wrongRole'; role: Role }
  | { kind: 'unreachable' };

// Functions, so each message is in the language shown when it appears.
const UNREACHABLE = () => i18n.t('We could not reach the server. Check your connection and try again.');
const SESSION_ENDED = () => i18n.t('Your session has ended. Please sign in again.');
const SIGNED_OUT_EVERYWHERE = () => i18n.t('You are signed out on every device.');
const RETRY_AFTER_NETWORK_ERROR_MS = 30_000;

const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  /** GraphQL endpoint ("/graphql" when the API serves the app). */
  apiUrl: string;
  /** Roles this portal accepts; anyone else is refused with a message. */
  allowedRoles: readonly Role[];
  children: ReactNode;
}

/**
 * Holds the session: access token in memory only, restored on load and renewed before expiry
 * through `refreshSession` (the refresh token is an httpOnly cookie), and provides Apollo.
 */
export function SessionProvider({ apiUrl, allowedRoles, children }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const token = useRef<{ value: string; expiresAt: string | null } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<RefreshOutcome> | null>(null);
  const started = useRef(false);
  // Bumped whenever a session starts here, so a slower restore-on-load cannot undo it.
  const epoch = useRef(0);
  // Late-bound so the Apollo client (created once) always calls the current handler.
  const onUnauthenticated = useRef<() => Promise<boolean>>(async () => false);

  const [client] = useState(() =>
    createApolloClient({
      apiUrl,
      getAccessToken: () => token.current?.value ?? null,
      onUnauthenticated: () => onUnauthenticated.current(),
    }),
  );

  const clearTimer = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  const endSession = useCallback(
    (notice: string | null) => {
      clearTimer();
      token.current = null;
      void client.clearStore();
      setState({ status: 'signedOut', notice });
    },
    [client],
  );

  // One refresh at a time: the refresh token may rotate, and a second concurrent use would fail.
  const refresh = useCallback((): Promise<RefreshOutcome> => {
    if (inFlight.current) return inFlight.current;
    const run = (async (): Promise<RefreshOutcome> => {
      try {
        const { data } = await client.mutate({ mutation: RefreshSessionDocument, fetchPolicy: 'no-cache' });
        const payload = data?.refreshSession;
        if (!payload?.accessToken || !payload.user) return { kind: 'expired' };
        if (!isRoleAllowed(payload.user.role, allowedRoles)) return { kind: 'wrongRole', role: payload.user.role };
        token.current = { value: payload.accessToken, expiresAt: payload.accessTokenExpiresAt };
        return { kind: 'ok', user: payload.user };
      } catch (error) {
        return CombinedGraphQLErrors.is(error) ? { kind: 'expired' } : { kind: 'unreachable' };
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [client, allowedRoles]);

  // Applies a refresh outcome; `onLoad` is the silent restore when the app opens.
  const apply = useCallback(
    (outcome: RefreshOutcome, onLoad: boolean): boolean => {
      switch (outcome.kind) {
        case 'ok':
          setState({ status: 'signedIn', user: outcome.user });
          schedule();
          return true;
        case 'expired':
          endSession(onLoad ? null : SESSION_ENDED());
          return false;
        case 'wrongRole':
          endSession(wrongRoleMessage(outcome.role, allowedRoles));
          return false;
        case 'unreachable':
          if (onLoad) endSession(UNREACHABLE());
          else {
            clearTimer();
            timer.current = setTimeout(() => void refresh().then((o) => apply(o, false)), RETRY_AFTER_NETWORK_ERROR_MS);
          }
          return false;
      }
    },
    // schedule() reads only refs plus this render's refresh/apply.
    [endSession, refresh, allowedRoles],
  );

  function schedule() {
    clearTimer();
    const delay = refreshDelay(token.current?.expiresAt, Date.now());
    timer.current = setTimeout(() => void refresh().then((o) => apply(o, false)), delay);
  }

  onUnauthenticated.current = async () => {
    if (!token.current) return false;
    const outcome = await refresh();
    return apply(outcome, false);
  };

  useEffect(() => {
    // StrictMode runs effects twice in development; restore the session only once.
    if (!started.current) {
      started.current = true;
      const startEpoch = epoch.current;
      void refresh().then((o) => {
        if (epoch.current === startEpoch) apply(o, true);
      });
    }
    // Timers are throttled in background tabs: catch up when the tab is shown again.
    const onVisible = () => {
      if (document.visibilityState === 'visible' && token.current && isNearExpiry(token.current.expiresAt, Date.now())) {
        void refresh().then((o) => apply(o, false));
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refresh, apply]);

  useEffect(() => clearTimer, []);

  // The signed-in person's own language wins over the browser's and the sign-in page's choice.
  const signedInLocale = state.status === 'signedIn' ? state.user.locale : null;
  useEffect(() => {
    if (signedInLocale) applyLanguage(signedInLocale);
  }, [signedInLocale]);

  // Resolves false when the server could not be told (the local sign-out happens anyway).
  const signOutRemote = useCallback(
    async (everywhere = false): Promise<boolean> => {
      try {
        await client.mutate({ mutation: SignOutDocument, variables: { input: { everywhere } }, fetchPolicy: 'no-cache' });
        return true;
      } catch {
        return false;
      }
    },
    [client],
  );

  const adoptSession = useCallback(
    async (payload: SessionFieldsFragment | null | undefined, options: AdoptOptions = {}): Promise<SignInResult> => {
      if (payload && payload.userErrors.length > 0) return { ok: false, errors: payload.userErrors };
      if (payload?.twoFactor && !payload.accessToken) {
        epoch.current += 1;
        clearTimer();
        token.current = null;
        setState({ status: 'twoFactor', challenge: payload.twoFactor });
        return { ok: true };
      }
      if (!payload?.accessToken || !payload.user) {
        return { ok: false, errors: [{ field: null, code: 'UNKNOWN', message: i18n.t('Sign-in failed. Please try again.') }] };
      }
      epoch.current += 1;
      token.current = { value: payload.accessToken, expiresAt: payload.accessTokenExpiresAt };
      if (!isRoleAllowed(payload.user.role, allowedRoles)) {
        const message = wrongRoleMessage(payload.user.role, allowedRoles);
        await signOutRemote();
        // Also the sign-in page's notice: after two-step verification no form is left to show it.
        endSession(message);
        return { ok: false, errors: [{ field: null, code: 'WRONG_ROLE', message }] };
      }
      if (!options.keepCache) await client.clearStore();
      setState({ status: 'signedIn', user: payload.user });
      schedule();
      return { ok: true };
    },
    [client, allowedRoles, endSession, signOutRemote],
  );

  const signIn = useCallback(
    async (email: string, password: string): Promise<SignInResult> => {
      try {
        const { data } = await client.mutate({
          mutation: SignInDocument,
          variables: { input: { email, password } },
          fetchPolicy: 'no-cache',
        });
        return await adoptSession(data?.signIn);
      } catch (error) {
        const message = CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? UNREACHABLE()) : UNREACHABLE();
        return { ok: false, errors: [{ field: null, code: 'UNKNOWN', message }] };
      }
    },
    [client, adoptSession],
  );

  const signOut = useCallback(
    async (options?: { everywhere?: boolean; notice?: string }): Promise<boolean> => {
      const everywhere = options?.everywhere ?? false;
      const told = await signOutRemote(everywhere);
      // Other devices stay signed in unless the server heard us: keep this session so they can retry.
      if (everywhere && !told) return false;
      clearTimer();
      endSession(options?.notice ?? (everywhere ? SIGNED_OUT_EVERYWHERE() : null));
      return true;
    },
    [signOutRemote, endSession],
  );

  const cancelTwoFactor = useCallback((notice: string | null = null) => endSession(notice), [endSession]);

  const fetchWithSession = useCallback(async (url: string, init: RequestInit = {}): Promise<Response> => {
    const send = () => {
      const headers = new Headers(init.headers);
      if (token.current) headers.set('Authorization', `Bearer ${token.current.value}`);
      return fetch(url, { ...init, headers });
    };
    const response = await send();
    if (response.status !== 401 || !(await onUnauthenticated.current())) return response;
    return send();
  }, []);

  const value = useMemo(
    () => ({ state, signIn, adoptSession, signOut, cancelTwoFactor, fetchWithSession }),
    [state, signIn, adoptSession, signOut, cancelTwoFactor, fetchWithSession],
  );
  return (
    <SessionContext.Provider value={value}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </SessionContext.Provider>
  );
}

/** The current session and the sign-in/sign-out actions. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

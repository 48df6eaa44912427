import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { from, switchMap, throwError } from 'rxjs';
import { cachePolicies } from './cache-policies';

export interface ApolloOptions {
  /** GraphQL endpoint, e.g. "/graphql" or "https://api.example.org/graphql". */
  apiUrl: string;
  /** The access token held in memory, or null when signed out. */
  getAccessToken: () => string | null;
  /** Refreshes the session after an UNAUTHENTICATED error; resolves true when a new token is held. */
  onUnauthenticated: () => Promise<boolean>;
}

const SESSION_OPERATIONS = new Set(['SignIn', 'RefreshSession', 'SignOut']);

function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  );
}

/** Creates the Apollo client: bearer token from memory, cookies sent for the refresh token, one retry after a refresh. */
export function createApolloClient(options: ApolloOptions): ApolloClient {
  const authLink = new ApolloLink((operation, forward) => {
    const token = options.getAccessToken();
    if (token) {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, authorization: `Bearer ${token}` },
      }));
    }
    return forward(operation);
  });

  const retryLink = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || SESSION_OPERATIONS.has(operation.operationName ?? '')) return;
    if (operation.getContext().retriedAfterRefresh) return;
    operation.setContext({ retriedAfterRefresh: true });
    return from(options.onUnauthenticated()).pipe(
      switchMap((refreshed) => (refreshed ? forward(operation) : throwError(() => error))),
    );
  });

  // credentials: 'include' sends the httpOnly refresh cookie, also when the API is on another origin.
  const httpLink = new HttpLink({ uri: options.apiUrl, credentials: 'include' });

  return new ApolloClient({
    link: ApolloLink.from([retryLink, authLink, httpLink]),
    cache: new InMemoryCache({ typePolicies: cachePolicies }),
  });
}

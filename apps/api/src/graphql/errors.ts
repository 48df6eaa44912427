import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@portal/logger';

export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
}

export const unauthenticated = (message = 'Sign in to continue.') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
export const forbidden = (message = 'You are not allowed to do this.') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
export const notFound = (message = 'Not found.') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
export const badUserInput = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });

/** Codes whose message is written for the client and safe to pass through unchanged. */
const SAFE_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'THROTTLED',
]);

/**
 * Apollo `formatError`: expected errors pass; anything else becomes a generic message with a
 * correlation id that the log carries together with the real error (no SQL, no stack to clients).
 */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    const original = unwrapResolverError(error);
    // Only errors we raised on purpose (GraphQLError) keep their message; a stray Error never does.
    const expected = original instanceof GraphQLError || !(original instanceof Error);
    if (typeof code === 'string' && SAFE_CODES.has(code) && expected) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const correlationId = randomUUID();
    log.error({ err: original, correlationId, path: formatted.path }, 'unexpected error in GraphQL operation');
    return {
      message: `Something went wrong on our side. Quote this reference if you contact us: ${correlationId}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
    };
  };
}

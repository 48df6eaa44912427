import { GraphQLError } from 'graphql';
import { createLogger } from '@portal/logger';
import { createErrorFormatter, notFound } from './errors';

describe('error masking', () => {
  const lines: unknown[] = [];
  const log = createLogger({ level: 'error', pretty: false });
  jest.spyOn(log, 'error').mockImplementation(((obj: unknown) => {
    lines.push(obj);
  }) as never);
  const format = createErrorFormatter(log);

  it('passes expected errors with their code', () => {
    const err = notFound('No child with this ID.');
    expect(format({ message: err.message, extensions: { code: 'NOT_FOUND' } }, err)).toEqual({
      message: 'No child with this ID.',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('hides unexpected errors behind a correlation id that the log carries', () => {
    const err = new Error('duplicate key value violates unique constraint "UQ_child" SELECT * FROM child');
    const out = format({ message: err.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, err);
    expect(out.message).not.toMatch(/SELECT|constraint/);
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    expect(lines).toContainEqual(expect.objectContaining({ correlationId: out.extensions!.correlationId, err }));
  });

  it('does not trust a code on a non-GraphQL error', () => {
    const err = Object.assign(new Error('relation "x" does not exist'), { extensions: { code: 'BAD_USER_INPUT' } });
    const out = format({ message: err.message, extensions: { code: 'BAD_USER_INPUT' } }, err);
    expect(out.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('passes GraphQL validation errors', () => {
    const err = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message: err.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, err).extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });
});

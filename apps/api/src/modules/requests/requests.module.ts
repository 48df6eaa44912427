import { RequestAttachmentResolver, RequestMessageResolver, RequestResolver } from './request.resolver';
import { RequestFormResolver } from './request-form.resolver';

/** What graphql/schema.ts registers for requests, their forms and threads. */
export const requestResolvers = [RequestResolver, RequestMessageResolver, RequestAttachmentResolver, RequestFormResolver] as const;
export { requestRules } from './request.rules';

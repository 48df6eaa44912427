import { ApprovalResolver } from '../approvals/approval.resolver';
import { LetterActionsResolver } from './letter-actions.resolver';
import { LetterAttachmentResolver, LetterResolver, PrintQueueGroupResolver } from './letter.resolver';
import { LetterScanFieldResolver, LetterScanResolver } from './letter-scan.resolver';

/** What graphql/schema.ts registers for letters and their review decisions. */
export const letterResolvers = [LetterResolver, PrintQueueGroupResolver, LetterAttachmentResolver, LetterScanResolver, LetterScanFieldResolver, LetterActionsResolver, ApprovalResolver] as const;
export { letterRules } from './letter.rules';

import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { userError, UserErrorCode } from '../../graphql/user-error';
import { mediaRuntime } from '../media/media-runtime';
import { RequestAttachment } from './request.entity';
import type { RequestAttachmentUpload } from './request.types';

/** What requesters may attach: documents and photos, small enough to send from a phone. */
export const ATTACHMENT_TYPES: Record<string, string> = {
  'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/heic': 'HEIC', 'text/plain': 'text',
};
export const MAX_ATTACHMENT_BYTES = 10_000_000;
const PUT_EXPIRES_SECONDS = 10 * 60;
const GET_EXPIRES_SECONDS = 5 * 60;

/**
 * Records a file for a request the viewer is about to open or answer, and presigns its PUT: the
 * bytes go straight to object storage, never through GraphQL.
 */
export async function createAttachmentUpload(ctx: Context, input: { fileName: string; contentType: string; byteSize: number }): Promise<RequestAttachmentUpload> {
  const none = { attachment: null, url: null, method: null, headers: null, expiresAt: null };
  const fail = (code: UserErrorCode, message: string, field: string) => ({ ...none, userErrors: [userError(code, message, ['input', field])] });
  const fileName = input.fileName.trim().replace(/[\\/]/g, '_');
  if (!fileName || fileName.length > 255) return fail(UserErrorCode.INVALID, 'Give the file name (at most 255 characters).', 'fileName');
  const contentType = input.contentType.toLowerCase().trim();
  if (!ATTACHMENT_TYPES[contentType]) return fail(UserErrorCode.INVALID, `"${input.contentType}" files are not accepted; attach a PDF, a photo (JPEG, PNG, WebP, HEIC) or a text file.`, 'contentType');
  if (!Number.isInteger(input.byteSize) || input.byteSize <= 0) return fail(UserErrorCode.INVALID, 'The file is empty.', 'byteSize');
  if (input.byteSize > MAX_ATTACHMENT_BYTES) return fail(UserErrorCode.INVALID, `The file is larger than ${MAX_ATTACHMENT_BYTES / 1_000_000} MB.`, 'byteSize');
  const id = randomUUID();
  const attachment = ctx.db.create(RequestAttachment, { id, requestId: null, messageId: null, uploaderId: ctx.viewer!.userId, fileName, contentType, byteSize: input.byteSize, objectKey: `request-attachments/${id}` });
  await ctx.db.save(attachment);
  const presigned = await mediaRuntime(ctx.services).storage.presignPut(attachment.objectKey, { contentType, maxBytes: input.byteSize, expiresSeconds: PUT_EXPIRES_SECONDS });
  return { attachment, url: presigned.url, method: presigned.method, headers: presigned.headers, expiresAt: new Date(Date.now() + PUT_EXPIRES_SECONDS * 1000), userErrors: [] };
}

/** A short-lived download link for an attachment the viewer reached through row scope. */
export function attachmentDownloadUrl(ctx: Context, a: RequestAttachment): Promise<string> {
  return mediaRuntime(ctx.services).storage.presignGet(a.objectKey, { expiresSeconds: GET_EXPIRES_SECONDS, downloadName: a.fileName });
}

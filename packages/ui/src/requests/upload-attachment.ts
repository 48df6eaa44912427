import type { ApolloClient } from '@apollo/client';
import { CreateRequestAttachmentUploadDocument, type UserErrorFieldsFragment } from '@portal/graphql-types';

/**
 * Records a file for a request and PUTs its bytes to the presigned URL (never through GraphQL).
 * Resolves with the attachment's ID, or the API's reasons.
 */
export async function uploadAttachment(client: ApolloClient, file: File): Promise<{ id: string } | { errors: UserErrorFieldsFragment[] }> {
  const { data } = await client.mutate({
    mutation: CreateRequestAttachmentUploadDocument,
    variables: { input: { fileName: file.name, contentType: file.type || 'application/octet-stream', byteSize: file.size } },
  });
  const r = data?.createRequestAttachmentUpload;
  if (!r || r.userErrors.length || !r.attachment || !r.url) return { errors: r?.userErrors ?? [] };
  const res = await fetch(r.url, { method: r.method ?? 'PUT', headers: (r.headers ?? {}) as Record<string, string>, body: file });
  if (!res.ok) throw new Error(`upload failed with HTTP ${res.status}`);
  return { id: r.attachment.id };
}

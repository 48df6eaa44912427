import { useApolloClient } from '@apollo/client/react';
import { PartnerUploadCreateDocument, PartnerUploadFinalizeDocument } from '@portal/graphql-types';
import { useT } from '@portal/ui';

/**
 * Sends the scan of a child's letter through the media pipeline: an upload of purpose LETTER_SCAN, the
 * bytes PUT straight to storage at the signed URL, then finalized (the server converts it and removes
 * metadata). Returns the upload's ID for recordChildReply, or a message.
 */
export function useScanUpload() {
  const client = useApolloClient();
  const t = useT();

  return async function upload(file: File): Promise<{ uploadId: string } | { error: string }> {
    const contentType = file.type || 'application/octet-stream';
    const { data } = await client.mutate({
      mutation: PartnerUploadCreateDocument,
      variables: { input: { fileName: file.name || 'scan', contentType, byteSize: file.size, purpose: 'LETTER_SCAN' } },
    });
    const created = data?.uploadCreate;
    if (!created?.upload || !created.url) return { error: created?.userErrors[0]?.message ?? t('We could not send the scan.') };
    const put = await fetch(new URL(created.url, window.location.href).toString(), {
      method: created.method ?? 'PUT',
      headers: (created.headers as Record<string, string> | null) ?? { 'content-type': contentType },
      body: file,
    });
    if (!put.ok) return { error: t('We could not send the scan. Check your connection and try again.') };
    const { data: done } = await client.mutate({ mutation: PartnerUploadFinalizeDocument, variables: { input: { uploadId: created.upload.id } } });
    const problem = done?.uploadFinalize.userErrors[0]?.message;
    return problem ? { error: problem } : { uploadId: created.upload.id };
  };
}

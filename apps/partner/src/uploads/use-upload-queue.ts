import { useApolloClient } from '@apollo/client/react';
import {
  PartnerUploadBatchCreateDocument, PartnerUploadCreateDocument, PartnerUploadFinalizeDocument, PartnerUploadMultipartCompleteDocument,
  PartnerUploadMultipartCreateDocument, PartnerUploadPartUrlsDocument, PartnerUploadReceivedPartsDocument,
} from '@portal/graphql-types';
import { useCallback, useEffect, useRef, useState } from 'react';
import { shrinkPhoto } from './shrink-photo';
import { clearFiles, loadBatchId, loadQueue, saveBatchId, saveFile, type QueuedFile } from './upload-queue-store';
import { useT, i18n, formatDay } from '@portal/ui';

/** Files above this go in resumable parts (the server's part size); smaller ones in one PUT. */
const MULTIPART_ABOVE = 5 * 1024 * 1024;

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', tif: 'image/tiff', tiff: 'image/tiff',
  heic: 'image/heic', heif: 'image/heif', pdf: 'application/pdf',
};

// Phones and some systems leave File.type empty for HEIC; the extension decides then.
const contentTypeOf = (file: File) => file.type || TYPES_BY_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] || 'application/octet-stream';

/** A failure the partner can act on (the server refused the file) versus a lost connection (retried when back online). */
class UploadRefused extends Error {}

interface Put {
  url: string;
  method: string;
  headers: Record<string, string>;
}

/** PUTs bytes to a presigned URL with upload progress (fetch reports none); resolves with the ETag. */
function put(request: Put, body: Blob, onProgress: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(request.method, new URL(request.url, window.location.href).toString());
    for (const [name, value] of Object.entries(request.headers ?? {})) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () =>
      xhr.status < 300 ? resolve((xhr.getResponseHeader('ETag') ?? '').replace(/"/g, '')) : reject(new UploadRefused(i18n.t('The storage refused the file ({{status}}).', { status: xhr.status })));
    xhr.onerror = () => reject(new Error('The connection was lost.'));
    xhr.send(body);
  });
}

async function sha256(blob: Blob): Promise<string | null> {
  // crypto.subtle exists only in secure contexts; the server hashes anyway.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const firstError = (errors: Array<{ message: string }> | undefined) => {
  if (errors?.length) throw new UploadRefused(errors[0].message);
};

/**
 * The partner's upload queue: files are shrunk, stored in IndexedDB, then sent one at a time
 * (small files in one PUT, large ones in resumable parts). A failed file does not stop the others;
 * after a reload the queue continues where it stopped.
 */
export function useUploadQueue() {
  const t = useT();
  const client = useApolloClient();
  const queue = useRef(new Map<string, QueuedFile>());
  const [files, setFiles] = useState<QueuedFile[]>([]);
  const [batchId, setBatchId] = useState<string | null>(null);
  const [preparing, setPreparing] = useState(0);
  const running = useRef(false);

  const publish = useCallback(() => setFiles([...queue.current.values()].sort((a, b) => a.addedAt - b.addedAt)), []);
  const update = useCallback(
    async (id: string, changes: Partial<QueuedFile>, persist = true) => {
      const current = queue.current.get(id);
      if (!current) return;
      const next = { ...current, ...changes };
      queue.current.set(id, next);
      publish();
      if (persist) await saveFile(next);
    },
    [publish],
  );

  const sendSingle = useCallback(
    async (file: QueuedFile) => {
      if (file.uploadId) {
        // Sent before a reload but perhaps not reported: finalizing tells.
        const { data } = await client.mutate({ mutation: PartnerUploadFinalizeDocument, variables: { input: { uploadId: file.uploadId } } });
        if (data && !data.uploadFinalize.userErrors.length) return;
      }
      const { data } = await client.mutate({
        mutation: PartnerUploadCreateDocument,
        variables: { input: { batchId: file.batchId, fileName: file.name, folderPath: file.folderPath, contentType: file.type, byteSize: file.blob.size } },
      });
      firstError(data?.uploadCreate.userErrors);
      const created = data!.uploadCreate;
      await update(file.id, { uploadId: created.upload!.id });
      await put({ url: created.url!, method: created.method!, headers: created.headers as Record<string, string> }, file.blob, (loaded) => void update(file.id, { sentBytes: loaded }, false));
      const fin = await client.mutate({ mutation: PartnerUploadFinalizeDocument, variables: { input: { uploadId: created.upload!.id, sha256: await sha256(file.blob) } } });
      firstError(fin.data?.uploadFinalize.userErrors);
    },
    [client, update],
  );

  const sendInParts = useCallback(
    async (file: QueuedFile) => {
      let { uploadId, multipart } = file;
      const start = async (): Promise<void> => {
        const { data } = await client.mutate({
          mutation: PartnerUploadMultipartCreateDocument,
          variables: { input: { batchId: file.batchId, fileName: file.name, folderPath: file.folderPath, contentType: file.type, byteSize: file.blob.size } },
        });
        firstError(data?.uploadMultipartCreate.userErrors);
        const started = data!.uploadMultipartCreate;
        uploadId = started.upload!.id;
        multipart = { partBytes: started.partBytes!, partCount: started.partCount! };
        await update(file.id, { uploadId, multipart });
      };
      const readState = async (id: string) => {
        const { data: state } = await client.query({ query: PartnerUploadReceivedPartsDocument, variables: { id }, fetchPolicy: 'network-only' });
        return state?.node && 'receivedParts' in state.node ? state.node : null;
      };
      if (!uploadId || !multipart) await start();
      let node = await readState(uploadId!);
      // Left unfinished too long (the laptop stayed closed for days): the server gave it up; send the file anew.
      if (node?.status === 'EXPIRED') {
        await start();
        node = await readState(uploadId!);
      }
      if (!multipart || (node && node.status !== 'AWAITING_FILE')) return; // completed before a reload
      const received = new Map((node?.receivedParts ?? []).map((p) => [p.partNumber, p.size]));
      const done = [...received.values()].reduce((sum, n) => sum + n, 0);
      await update(file.id, { sentBytes: done }, false);
      const id = uploadId!;
      const parts = multipart;
      const missing = Array.from({ length: parts.partCount }, (_, i) => i + 1).filter((n) => !received.has(n));
      let sent = done;
      for (let i = 0; i < missing.length; i += 20) {
        const { data } = await client.mutate({ mutation: PartnerUploadPartUrlsDocument, variables: { input: { uploadId: id, partNumbers: missing.slice(i, i + 20) } } });
        firstError(data?.uploadPartUrls.userErrors);
        for (const part of data!.uploadPartUrls.parts) {
          const bytes = file.blob.slice((part.partNumber - 1) * parts.partBytes, part.partNumber * parts.partBytes);
          await put({ ...part, headers: part.headers as Record<string, string> }, bytes, (loaded) => void update(file.id, { sentBytes: sent + loaded }, false));
          sent += bytes.size;
        }
      }
      const { data } = await client.mutate({ mutation: PartnerUploadMultipartCompleteDocument, variables: { input: { uploadId: id, sha256: await sha256(file.blob) } } });
      firstError(data?.uploadMultipartComplete.userErrors);
    },
    [client, update],
  );

  const pump = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (;;) {
        const next = [...queue.current.values()].sort((a, b) => a.addedAt - b.addedAt).find((f) => f.status === 'waiting');
        if (!next) break;
        await update(next.id, { status: 'uploading', error: null });
        try {
          await (next.blob.size > MULTIPART_ABOVE ? sendInParts(next) : sendSingle(next));
          await update(next.id, { status: 'sent', sentBytes: next.blob.size, error: null });
        } catch (err) {
          const refused = err instanceof UploadRefused;
          const message = refused ? err.message : t('The connection was lost; the file will be sent again when you are back online.');
          await update(next.id, { status: 'failed', error: message, retryWhenOnline: !refused });
        }
      }
    } finally {
      running.current = false;
    }
  }, [sendInParts, sendSingle, update]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const [stored, storedBatch] = await Promise.all([loadQueue(), loadBatchId()]);
      if (cancelled) return;
      // A file cut off by a reload continues: multipart uploads resume from the parts received.
      for (const f of stored) queue.current.set(f.id, f.status === 'uploading' ? { ...f, status: 'waiting' } : f);
      setBatchId(storedBatch ?? null);
      publish();
      void pump();
    })();
    const online = () => {
      for (const f of queue.current.values()) if (f.status === 'failed' && f.retryWhenOnline) void update(f.id, { status: 'waiting' });
      void pump();
    };
    window.addEventListener('online', online);
    return () => {
      cancelled = true;
      window.removeEventListener('online', online);
    };
  }, [publish, pump, update]);

  const addFiles = useCallback(
    async (picked: File[]) => {
      const wanted = picked.filter((f) => !f.name.startsWith('.'));
      if (!wanted.length) return;
      let batch = batchId;
      if (!batch) {
        const { data } = await client.mutate({ mutation: PartnerUploadBatchCreateDocument, variables: { input: { name: t('Upload of {{date}}', { date: formatDay(new Date()) }) } } });
        batch = data!.uploadBatchCreate.batch!.id;
        await saveBatchId(batch);
        setBatchId(batch);
      }
      setPreparing((n) => n + wanted.length);
      for (const file of wanted) {
        const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath ?? '';
        const folderPath = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : null;
        const type = contentTypeOf(file);
        const blob = await shrinkPhoto(file.type ? file : new Blob([file], { type }));
        const queued: QueuedFile = {
          id: globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random()}`, batchId: batch, name: file.name, folderPath, type, blob, originalSize: file.size,
          status: 'waiting', sentBytes: 0, error: null, retryWhenOnline: false, uploadId: null, multipart: null, addedAt: Date.now() + Math.random(),
        };
        queue.current.set(queued.id, queued);
        await saveFile(queued);
        setPreparing((n) => n - 1);
        publish();
        void pump();
      }
    },
    [batchId, client, publish, pump],
  );

  const retry = useCallback(
    async (id: string) => {
      await update(id, { status: 'waiting', error: null, sentBytes: 0 });
      void pump();
    },
    [pump, update],
  );

  /** Forgets the finished batch (its files are on the server) and starts a new one. */
  const startNewBatch = useCallback(async () => {
    queue.current.clear();
    await clearFiles();
    await saveBatchId(null);
    setBatchId(null);
    publish();
  }, [publish]);

  return { files, batchId, preparing, addFiles, retry, startNewBatch };
}

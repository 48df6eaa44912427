/** One file in the partner's upload queue, kept in IndexedDB (with its bytes) so a reload or a closed laptop loses nothing. */
export interface QueuedFile {
  /** Local id, also the IndexedDB key. */
  id: string;
  /** Global id of the server batch the file belongs to. */
  batchId: string;
  name: string;
  folderPath: string | null;
  type: string;
  /** The bytes to send: the shrunken photo, or the file as picked (HEIC, TIFF, PDF, small photos). */
  blob: Blob;
  originalSize: number;
  status: 'waiting' | 'uploading' | 'sent' | 'failed';
  /** Bytes confirmed sent, for the progress bars. */
  sentBytes: number;
  error: string | null;
  /** Failed for a lost connection, not refused: sent again when the browser is back online. */
  retryWhenOnline: boolean;
  /** Set once the server knows the file: then a resume continues it instead of starting again. */
  uploadId: string | null;
  multipart: { partBytes: number; partCount: number } | null;
  addedAt: number;
}

const DB_NAME = 'portal-partner-uploads';
const FILES = 'files';
const META = 'meta';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(FILES, { keyPath: 'id' });
      request.result.createObjectStore(META);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(store: string, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = act(tx.objectStore(store));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** The queue as stored, oldest first. */
export async function loadQueue(): Promise<QueuedFile[]> {
  const files = await run<QueuedFile[]>(FILES, 'readonly', (s) => s.getAll() as IDBRequest<QueuedFile[]>);
  return files.sort((a, b) => a.addedAt - b.addedAt);
}

export const saveFile = (file: QueuedFile): Promise<IDBValidKey> => run(FILES, 'readwrite', (s) => s.put(file));

export const clearFiles = (): Promise<undefined> => run(FILES, 'readwrite', (s) => s.clear());

export const loadBatchId = (): Promise<string | undefined> => run<string | undefined>(META, 'readonly', (s) => s.get('batchId') as IDBRequest<string | undefined>);

export const saveBatchId = async (batchId: string | null): Promise<void> => {
  if (batchId) await run(META, 'readwrite', (s) => s.put(batchId, 'batchId'));
  else await run(META, 'readwrite', (s) => s.delete('batchId'));
};

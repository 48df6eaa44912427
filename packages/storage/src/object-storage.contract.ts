import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { buffer } from 'node:stream/consumers';
import { InvalidObjectKeyError } from './object-key';
import { ObjectNotFoundError, type ObjectStorage } from './object-storage';

export type ContractTarget = {
  storage: () => ObjectStorage;
  /** s3rver has no ListParts: a resuming client there completes with the etags it kept. */
  listsParts: boolean;
  /** s3rver answers AbortMultipartUpload with MethodNotAllowed; MinIO and S3 implement it. */
  abortsUploads: boolean;
};

// S3's minimum for every part but the last; the local adapter has none, but clients use one size.
const PART_BYTES = 5 * 1024 * 1024;

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

/** The behaviour every ObjectStorage adapter owes the portal, run against each adapter. */
export function objectStorageContract(target: ContractTarget): void {
  const storage = () => target.storage();

  test('put, stat and get round-trip a Buffer and a stream with their content type', async () => {
    await storage().putObject('photos/c-1/display.webp', Buffer.from('webp bytes'), { contentType: 'image/webp' });
    await storage().putObject('letters/l-1.pdf', Readable.from([Buffer.from('%PDF-'), Buffer.from('1.7')]), { contentType: 'application/pdf', size: 8 });
    expect(await storage().statObject('photos/c-1/display.webp')).toMatchObject({ size: 10, contentType: 'image/webp' });
    expect(await storage().statObject('letters/l-1.pdf')).toMatchObject({ size: 8, contentType: 'application/pdf', etag: expect.any(String) });
    expect(await text(await storage().getObject('letters/l-1.pdf'))).toBe('%PDF-1.7');
  });

  test('a missing key: stat is null, get throws ObjectNotFoundError, delete is a no-op', async () => {
    expect(await storage().statObject('nothing/here')).toBeNull();
    await expect(storage().getObject('nothing/here')).rejects.toBeInstanceOf(ObjectNotFoundError);
    await expect(storage().deleteObject('nothing/here')).resolves.toBeUndefined();
  });

  test('delete removes an object', async () => {
    await storage().putObject('tmp/gone.txt', Buffer.from('x'), { contentType: 'text/plain' });
    await storage().deleteObject('tmp/gone.txt');
    expect(await storage().statObject('tmp/gone.txt')).toBeNull();
  });

  test('lists objects under a prefix in key order, with sizes', async () => {
    for (const key of ['list/b/2.txt', 'list/a.txt', 'list/b/1.txt', 'listing-not-mine.txt']) {
      await storage().putObject(key, Buffer.from(key), { contentType: 'text/plain' });
    }
    expect(await collect(storage().listObjects('list/'))).toEqual([
      { key: 'list/a.txt', size: 10 },
      { key: 'list/b/1.txt', size: 12 },
      { key: 'list/b/2.txt', size: 12 },
    ]);
  });

  test.each(['../escape.txt', 'a/../../escape', '/etc/passwd', 'a\\..\\b', ''])('refuses the key %j everywhere', async (key) => {
    const s = storage();
    const calls = [
      () => s.putObject(key, Buffer.from('x'), { contentType: 'text/plain' }),
      () => s.getObject(key),
      () => s.statObject(key),
      () => s.deleteObject(key),
      () => s.presignPut(key, { contentType: 'text/plain', maxBytes: 10, expiresSeconds: 60 }),
      () => s.presignGet(key, { expiresSeconds: 60 }),
      () => s.createMultipartUpload(key, { contentType: 'text/plain' }),
      // An empty listing prefix means "everything" and is fine.
      ...(key === '' ? [] : [() => collect(s.listObjects(key))]),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(InvalidObjectKeyError);
  });

  test('presigned links live at most 15 minutes', async () => {
    await expect(storage().presignGet('a.txt', { expiresSeconds: 901 })).rejects.toThrow(RangeError);
    await expect(storage().presignPut('a.txt', { contentType: 'text/plain', maxBytes: 1, expiresSeconds: 0 })).rejects.toThrow(RangeError);
  });

  test('a browser uploads with the presigned PUT and downloads with the presigned GET', async () => {
    const body = randomBytes(3000);
    const put = await storage().presignPut('uploads/u-1/photo.jpg', { contentType: 'image/jpeg', maxBytes: 10_000, expiresSeconds: 300 });
    expect(put.method).toBe('PUT');
    const putResponse = await fetch(put.url, { method: 'PUT', headers: put.headers, body });
    expect(putResponse.status).toBe(200);
    expect(await storage().statObject('uploads/u-1/photo.jpg')).toMatchObject({ size: 3000, contentType: 'image/jpeg' });

    const url = await storage().presignGet('uploads/u-1/photo.jpg', { expiresSeconds: 60, downloadName: 'Ana’s photo.jpg' });
    const got = await fetch(url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('content-disposition')).toContain("filename*=UTF-8''Ana%E2%80%99s%20photo.jpg");
    expect(Buffer.from(await got.arrayBuffer()).equals(body)).toBe(true);
  });

  test('a multipart upload resumes after a drop without resending finished parts', async () => {
    const key = 'videos/v-1/original.mp4';
    const parts = [randomBytes(PART_BYTES), randomBytes(PART_BYTES), randomBytes(1234)];
    const { uploadId } = await storage().createMultipartUpload(key, { contentType: 'video/mp4' });
    const sendPart = async (n: number) => {
      const part = await storage().presignUploadPart(key, uploadId, n, { maxBytes: PART_BYTES, expiresSeconds: 300 });
      const response = await fetch(part.url, { method: 'PUT', headers: part.headers, body: parts[n - 1] });
      expect(response.status).toBe(200);
      return { partNumber: n, etag: (response.headers.get('etag') ?? '').replace(/"/g, '') };
    };

    const sent = [await sendPart(1), await sendPart(2)];
    // The connection drops here; the client comes back knowing only the uploadId.
    let completed;
    if (target.listsParts) {
      const listed = await storage().listUploadedParts(key, uploadId);
      expect(listed.map((p) => [p.partNumber, p.size])).toEqual([[1, PART_BYTES], [2, PART_BYTES]]);
      expect(listed.map((p) => p.etag)).toEqual(sent.map((p) => p.etag));
      await sendPart(3);
      completed = await storage().completeMultipartUpload(key, uploadId);
    } else {
      completed = await storage().completeMultipartUpload(key, uploadId, [...sent, await sendPart(3)]);
    }
    expect(completed.etag).toEqual(expect.any(String));

    expect(await storage().statObject(key)).toMatchObject({ size: 2 * PART_BYTES + 1234, contentType: 'video/mp4' });
    expect((await buffer(await storage().getObject(key))).equals(Buffer.concat(parts))).toBe(true);
  });
  (target.abortsUploads ? test : test.skip)('an aborted multipart upload drops its parts and can no longer be completed', async () => {
    const key = 'scans/s-1/original.pdf';
    const { uploadId } = await storage().createMultipartUpload(key, { contentType: 'application/pdf' });
    const part = await storage().presignUploadPart(key, uploadId, 1, { maxBytes: 100, expiresSeconds: 300 });
    const response = await fetch(part.url, { method: 'PUT', headers: part.headers, body: Buffer.from('%PDF-1.7 part') });
    expect(response.status).toBe(200);
    const etag = (response.headers.get('etag') ?? '').replace(/"/g, '');
    await storage().abortMultipartUpload(key, uploadId);
    await expect(storage().completeMultipartUpload(key, uploadId, [{ partNumber: 1, etag }])).rejects.toThrow();
    expect(await storage().statObject(key)).toBeNull();
  });
}

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalObjectStorage } from './local-object-storage';
import { createLocalStorageHandler } from './local-storage-handler';
import { objectStorageContract } from './object-storage.contract';

let dir: string;
let server: Server;
let storage: LocalObjectStorage;
let clockMs = Date.now();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'local-storage-'));
  server = createServer((req, res) => createLocalStorageHandler(storage)(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  storage = new LocalObjectStorage({ rootDir: dir, publicBaseUrl: `http://127.0.0.1:${port}`, secret: 'x'.repeat(32), now: () => clockMs });
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('LocalObjectStorage', () => {
  objectStorageContract({ storage: () => storage, listsParts: true, abortsUploads: true });

  const presignPut = (key = 'photos/p.jpg', maxBytes = 100) =>
    storage.presignPut(key, { contentType: 'image/jpeg', maxBytes, expiresSeconds: 60 });

  test('a presigned URL has the documented form', async () => {
    const { url } = await presignPut('photos/a b.jpg');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/storage\/photos\/a%20b\.jpg\?X-Method=PUT&X-Expires=\d+&/);
  });

  test('an expired link is refused with 403', async () => {
    const put = await presignPut();
    const get = await storage.presignGet('photos/c-1/display.webp', { expiresSeconds: 60 });
    clockMs += 61_000;
    try {
      expect((await fetch(put.url, { method: 'PUT', headers: put.headers, body: 'x' })).status).toBe(403);
      expect((await fetch(get)).status).toBe(403);
    } finally {
      clockMs -= 61_000;
    }
  });

  test.each([
    ['signature', (u: URL) => u.searchParams.set('X-Signature', 'A'.repeat(43))],
    ['size limit', (u: URL) => u.searchParams.set('X-Max-Bytes', '99999999')],
    ['key', (u: URL) => (u.pathname = '/storage/photos/other.jpg')],
  ])('a tampered %s is refused with 403', async (_, tamper) => {
    const put = await presignPut();
    const url = new URL(put.url);
    tamper(url);
    expect((await fetch(url, { method: 'PUT', headers: put.headers, body: 'x' })).status).toBe(403);
    expect(await storage.statObject('photos/other.jpg')).toBeNull();
  });

  test('a GET link cannot be used to upload', async () => {
    const get = await storage.presignGet('photos/p.jpg', { expiresSeconds: 60 });
    expect((await fetch(get, { method: 'PUT', body: 'x' })).status).toBe(403);
  });

  test('an upload over the signed size is refused with 413, declared or streamed', async () => {
    const put = await presignPut('photos/big.jpg', 1000);
    expect((await fetch(put.url, { method: 'PUT', headers: put.headers, body: Buffer.alloc(1001) })).status).toBe(413);
    // Chunked, no Content-Length: the handler counts while streaming and stops at the limit.
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new Uint8Array(100));
        controller.close();
      },
    });
    const streamed = await fetch(put.url, { method: 'PUT', headers: put.headers, body: chunks, duplex: 'half' } as RequestInit).then(
      (r) => r.status,
      () => 'connection closed',
    );
    expect([413, 'connection closed']).toContain(streamed);
    expect(await storage.statObject('photos/big.jpg')).toBeNull();
    expect(await readdir(join(dir, 'tmp'))).toEqual([]);
  });

  test('an upload with another content type is refused with 415', async () => {
    const put = await presignPut('photos/typed.jpg');
    expect((await fetch(put.url, { method: 'PUT', headers: { 'Content-Type': 'text/html' }, body: '<script>' })).status).toBe(415);
    expect(await storage.statObject('photos/typed.jpg')).toBeNull();
  });

  test('a traversal key in the URL is refused with 400', async () => {
    const { port } = server.address() as AddressInfo;
    expect((await fetch(`http://127.0.0.1:${port}/storage/photos%5C..%5C..%5Csecret`)).status).toBe(400);
  });

  test('requests outside /storage/ go to next() when mounted as middleware', () => {
    const next = jest.fn();
    createLocalStorageHandler(storage)({ url: '/graphql', headers: {} } as never, {} as never, next);
    expect(next).toHaveBeenCalledWith();
  });
});

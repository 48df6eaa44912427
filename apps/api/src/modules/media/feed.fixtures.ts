import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { TestApi } from '../../test/harness';

const FIXTURES = path.join(__dirname, '../../../../../packages/images/fixtures');

/** A real fixture photo made unique (bytes after the JPEG end marker), so uploads are never duplicates. */
export function uniquePhoto(name = 'orientation-landscape_1.jpg'): Buffer {
  return Buffer.concat([fs.readFileSync(path.join(FIXTURES, name)), randomBytes(32)]);
}

const CREATE = `mutation($input: UploadCreateInput!) { uploadCreate(input: $input) { upload { id } url method headers userErrors { message } } }`;
const FINALIZE = `mutation($input: UploadFinalizeInput!) { uploadFinalize(input: $input) { userErrors { message } } }`;
const MEDIA_OF = `query($id: ID!) { node(id: $id) { ... on Upload { status media { id status } } } }`;

/** Uploads a file as a partner through the presigned URL, as the partner app does; returns the upload's ID. */
export async function uploadAs(
  api: TestApi, token: string, fileName: string, bytes: Buffer,
  options: { contentType?: string; purpose?: 'CHILD_PHOTO' | 'LETTER_SCAN' } = {},
): Promise<string> {
  const { contentType = 'image/jpeg', purpose } = options;
  const created = await api.gql(CREATE, { input: { fileName, contentType, byteSize: bytes.length, ...(purpose ? { purpose } : {}) } }, { token });
  const c = created.data!.uploadCreate;
  if (c.userErrors.length) throw new Error(c.userErrors[0].message);
  const put = await fetch(new URL(c.url, api.url), { method: c.method, headers: c.headers, body: bytes });
  if (put.status >= 300) throw new Error(`PUT ${put.status}`);
  const fin = await api.gql(FINALIZE, { input: { uploadId: c.upload.id } }, { token });
  if (fin.data!.uploadFinalize.userErrors.length) throw new Error(fin.data!.uploadFinalize.userErrors[0].message);
  return c.upload.id;
}

/** The media ID of a processed upload (after the worker ran). */
export async function mediaOf(api: TestApi, token: string, uploadId: string): Promise<string> {
  const r = await api.gql(MEDIA_OF, { id: uploadId }, { token });
  const m = r.data!.node?.media;
  if (!m) throw new Error(`Upload ${uploadId} has no media (status ${r.data!.node?.status})`);
  return m.id;
}

/** The uuid inside a global ID. */
export const uuidOf = (gid: string): string => Buffer.from(gid, 'base64url').toString('utf8').split(':')[1];

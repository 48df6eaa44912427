import type { ApolloClient } from '@apollo/client';
import { AddDocumentVersionDocument, ConfirmDocumentVersionDocument, CreateDocumentDocument, type CreateDocumentInput, type UserErrorFieldsFragment } from '@portal/graphql-types';

type Result = { ok: true } | { errors: UserErrorFieldsFragment[] };
type Presigned = { url: string | null; method: string | null; headers: unknown; version: { id: string } | null; userErrors: UserErrorFieldsFragment[] } | undefined;

async function putAndConfirm(client: ApolloClient, p: Presigned, file: File): Promise<Result> {
  if (!p || p.userErrors.length || !p.url || !p.version) return { errors: p?.userErrors ?? [] };
  // The bytes go straight to storage through the presigned URL, never through GraphQL.
  const res = await fetch(p.url, { method: p.method ?? 'PUT', headers: (p.headers ?? {}) as Record<string, string>, body: file });
  if (!res.ok) throw new Error(`upload failed with HTTP ${res.status}`);
  const { data } = await client.mutate({ mutation: ConfirmDocumentVersionDocument, variables: { versionId: p.version.id } });
  const errors = data?.confirmDocumentVersion.userErrors ?? [];
  return errors.length ? { errors } : { ok: true };
}

const fileInput = (file: File) => ({ fileName: file.name, contentType: file.type || 'application/octet-stream', byteSize: file.size });

/** Adds a document with its file: staff uploads are published, partners' wait for review. */
export async function uploadDocument(client: ApolloClient, input: Omit<CreateDocumentInput, 'file'>, file: File): Promise<Result> {
  const { data } = await client.mutate({ mutation: CreateDocumentDocument, variables: { input: { ...input, file: fileInput(file) } } });
  return putAndConfirm(client, data?.createDocument, file);
}

/** Uploads a new version of a document (staff); the old ones are kept. */
export async function uploadDocumentVersion(client: ApolloClient, documentId: string, file: File): Promise<Result> {
  const { data } = await client.mutate({ mutation: AddDocumentVersionDocument, variables: { input: { documentId, file: fileInput(file) } } });
  return putAndConfirm(client, data?.addDocumentVersion, file);
}

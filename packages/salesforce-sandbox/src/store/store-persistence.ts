import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SObjectRecord } from '../schema/schema-types';

/** Everything the store keeps, as written to the state file. */
export interface StoreState {
  version: 1;
  nextId: number;
  autoNumbers: Record<string, number>;
  /** Records per object, in insertion order, soft-deleted ones included. */
  records: Record<string, SObjectRecord[]>;
  deleteLog: { type: string; id: string; deletedDate: string }[];
}

export function emptyState(): StoreState {
  return { version: 1, nextId: 1, autoNumbers: {}, records: {}, deleteLog: [] };
}

/** Reads a state file, or undefined when there is none yet. */
export function loadState(path: string): StoreState | undefined {
  if (!existsSync(path)) return undefined;
  const state = JSON.parse(readFileSync(path, 'utf8')) as StoreState;
  if (state.version !== 1) throw new Error(`${path}: unsupported sandbox state version ${String(state.version)}`);
  return state;
}

/** Writes the state to a temporary file beside the target, then renames it, so a crash never leaves half a file. */
export function saveState(path: string, state: StoreState): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify(state));
  renameSync(temp, path);
}

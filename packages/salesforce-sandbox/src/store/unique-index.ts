import type { SObjectRecord } from '../schema/schema-types';

/**
 * Live records by the case-insensitive value of each unique field (external IDs, Username), per
 * object: duplicate checks and upsert matches in constant time instead of a scan of the object.
 * The store keeps it in step with every change and every undo.
 */
export class UniqueIndex {
  private readonly values = new Map<string, Map<string, Set<SObjectRecord>>>();

  constructor(private readonly uniqueFields: (object: string) => readonly string[]) {}

  add(object: string, record: SObjectRecord): void {
    if (record.IsDeleted) return;
    for (const field of this.uniqueFields(object)) {
      const key = keyOf(record[field]);
      if (key === null) continue;
      const byValue = this.field(object, field);
      const set = byValue.get(key) ?? new Set<SObjectRecord>();
      set.add(record);
      byValue.set(key, set);
    }
  }

  remove(object: string, record: SObjectRecord): void {
    for (const field of this.uniqueFields(object)) {
      const key = keyOf(record[field]);
      if (key === null) continue;
      const byValue = this.field(object, field);
      const set = byValue.get(key);
      set?.delete(record);
      if (set?.size === 0) byValue.delete(key);
    }
  }

  /** Live records of the object whose unique field equals the value, ignoring case. */
  find(object: string, field: string, value: unknown): SObjectRecord[] {
    const key = keyOf(value);
    return key === null ? [] : [...(this.field(object, field).get(key) ?? [])];
  }

  clear(): void {
    this.values.clear();
  }

  private field(object: string, field: string): Map<string, Set<SObjectRecord>> {
    const name = `${object}.${field}`;
    let byValue = this.values.get(name);
    if (!byValue) {
      byValue = new Map();
      this.values.set(name, byValue);
    }
    return byValue;
  }
}

const keyOf = (value: unknown): string | null => (value === null || value === undefined ? null : String(value).toLowerCase());

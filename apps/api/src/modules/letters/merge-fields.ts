/** The merge fields a sponsor may use in a letter to several children. */
export const MERGE_FIELDS = ['childFirstName', 'sponsorFirstName'] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

const FIELD = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Fills `{{childFirstName}}`-style fields; returns the names of any unknown fields instead of guessing. */
export function fillMergeFields(template: string, values: Record<MergeField, string>): { text: string; unknown: string[] } {
  const unknown = new Set<string>();
  const text = template.replace(FIELD, (whole, name: string) => {
    if ((MERGE_FIELDS as readonly string[]).includes(name)) return values[name as MergeField];
    unknown.add(name);
    return whole;
  });
  return { text, unknown: [...unknown] };
}

import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildBareSchema } from './schema';

const HEADER = '# Generated from the code by `pnpm schema:emit`. Do not edit: a test fails when it is stale.\n\n';

/** The committed schema.graphql text: sorted, so diffs show real changes only. */
export async function printSchemaFile(): Promise<string> {
  return HEADER + printSchema(lexicographicSortSchema(await buildBareSchema())) + '\n';
}

import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaFile } from '../graphql/print-schema';

/** Writes schema.graphql at the repository root from the code. */
async function main(): Promise<void> {
  const file = path.resolve(__dirname, '../../../../schema.graphql');
  fs.writeFileSync(file, await printSchemaFile());
  process.stdout.write(`Wrote ${file}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});

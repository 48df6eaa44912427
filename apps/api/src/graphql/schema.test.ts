import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { buildBareSchema, rootRules } from './schema';
import { printSchemaFile } from './print-schema';

describe('schema', () => {
  it('schema.graphql is what the code emits (run `pnpm schema:emit` when this fails)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../../schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaFile());
  });

  it('has a named permission rule for every Query and Mutation field', async () => {
    const schema = await buildBareSchema();
    const rules = rootRules();
    const missing: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      const type = schema.getType(root);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) {
        if (!rules[root][field]) missing.push(`${root}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives every mutation one `input` argument and a payload with userErrors', async () => {
    const schema = await buildBareSchema();
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      expect(field.args.map((a) => a.name)).toEqual(['input']);
      expect(isInputObjectType(getNamedType(field.args[0].type))).toBe(true);
      const payload = getNamedType(field.type);
      expect(isObjectType(payload) && Object.keys(payload.getFields())).toContain('userErrors');
    }
  });

  it('makes every list of nodes a connection with first/after and totalCount', async () => {
    const schema = await buildBareSchema();
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name.endsWith('Connection') || type.name === 'Mutation') continue;
      for (const f of Object.values(type.getFields())) {
        const named = getNamedType(f.type);
        const isList = f.type.toString().includes('[');
        if (isList && isObjectType(named) && named.getInterfaces().some((i) => i.name === 'Node') && f.name !== 'nodes') {
          offenders.push(`${type.name}.${f.name}`);
        }
        if (named.name.endsWith('Connection')) {
          expect(f.args.map((a) => a.name)).toEqual(expect.arrayContaining(['first', 'after']));
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

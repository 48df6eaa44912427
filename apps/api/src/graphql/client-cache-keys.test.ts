import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';

// The SPAs' Apollo cache keeps one list per combination of the arguments named in keyArgs. A filter
// argument missing there makes Apollo answer a new filter from the cached list of the old one without
// asking the server (the admin People "Organization" filter once did nothing for that reason). The
// policies live in packages/ui (an ES module jest cannot load here), so their source is read as text.
const root = path.join(__dirname, '../../../..');
const schema = buildSchema(fs.readFileSync(path.join(root, 'schema.graphql'), 'utf8'));
const source = fs.readFileSync(path.join(root, 'packages/ui/src/session/cache-policies.ts'), 'utf8');
const policies = [...source.matchAll(/^\s*(\w+): (?:relayStylePagination|nodesPagination)\(\[([^\]]*)\]\)/gm)].map((m) => ({
  field: m[1],
  keyArgs: [...m[2].matchAll(/'(\w+)'/g)].map((k) => k[1]),
}));
const PAGE_ARGS = ['first', 'after', 'last', 'before'];

describe('client cache keys of paginated lists', () => {
  it('finds the policies', () => {
    expect(policies.map((p) => p.field)).toEqual(expect.arrayContaining(['children', 'users']));
  });

  it.each(policies)('$field keys its cache on every argument but the page ones', ({ field, keyArgs }) => {
    const def = schema.getQueryType()!.getFields()[field];
    expect(def).toBeDefined();
    const filters = def.args.map((a) => a.name).filter((a) => !PAGE_ARGS.includes(a));
    expect([...keyArgs].sort()).toEqual(filters.sort());
  });
});

import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { buildBareSchema } from './schema';
import { createCostCalculator } from './cost';

describe('operation cost', () => {
  let cost: (q: string, variables?: Record<string, unknown>) => number;
  beforeAll(async () => {
    const calc = createCostCalculator(await buildBareSchema());
    cost = (q, variables = {}) => {
      const doc = parse(q);
      const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const fragments = Object.fromEntries(
        doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
      );
      return calc({ operation, fragments, variables });
    };
  });

  it.each([
    ['{ me { email } }', {}, 2],
    ['{ me { email account { name } } }', {}, 4],
    ['{ children(first: 10) { totalCount } }', {}, 11],
    ['{ children { nodes { code } } }', {}, 1 + 20 * 2],
    ['{ children(first: 50) { nodes { code project { name } } } }', {}, 1 + 50 * (1 + 1 + 2)],
    ['{ __typename __schema { queryType { name } } }', {}, 0],
  ])('%s costs as documented', (q, vars, expected) => {
    expect(cost(q, vars)).toBe(expected);
  });

  it('counts first: $n from the variables exactly like the literal', () => {
    const literal = cost('{ children(first: 100) { nodes { sponsorships(first: 100) { nodes { startDate } } } } }');
    const viaVariables = cost(
      'query($a: Int, $b: Int) { children(first: $a) { nodes { sponsorships(first: $b) { nodes { startDate } } } } }',
      { a: 100, b: 100 },
    );
    expect(viaVariables).toBe(literal);
    expect(literal).toBeGreaterThan(10_000);
  });

  it('follows fragments and counts nodes(ids) per id', () => {
    const q = 'query($ids: [ID!]!) { nodes(ids: $ids) { ...F } } fragment F on Child { code project { name } }';
    expect(cost(q, { ids: ['a', 'b', 'c'] })).toBe(1 + 3 * 3);
  });
});

import {
  getNamedType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './connection';

export interface CostInput {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Computes the cost of an operation: each field costs 1, and everything below a connection counts
 * `first` times (default 20, capped at 100). `first: $n` is read from the variables exactly like a
 * literal, so a query cannot hide its size behind a variable. `nodes(ids:)` counts each id.
 */
export function createCostCalculator(schema: GraphQLSchema): (input: CostInput) => number {
  const fieldOf = (parent: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;

  const typeNamed = (name: string, fallback: GraphQLCompositeType): GraphQLCompositeType => {
    const t = schema.getType(name);
    return t && isCompositeType(t) ? t : fallback;
  };

  function selectionCost(parent: GraphQLCompositeType, set: SelectionSetNode, input: CostInput, visiting: Set<string>): number {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        total += fieldCost(parent, sel, input, visiting);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const type = sel.typeCondition ? typeNamed(sel.typeCondition.name.value, parent) : parent;
        total += selectionCost(type, sel.selectionSet, input, visiting);
      } else {
        const frag = input.fragments[sel.name.value];
        if (!frag || visiting.has(frag.name.value)) continue;
        visiting.add(frag.name.value);
        total += selectionCost(typeNamed(frag.typeCondition.name.value, parent), frag.selectionSet, input, visiting);
        visiting.delete(frag.name.value);
      }
    }
    return total;
  }

  function fieldCost(parent: GraphQLCompositeType, node: FieldNode, input: CostInput, visiting: Set<string>): number {
    if (node.name.value.startsWith('__')) return 0;
    const field = fieldOf(parent, node.name.value);
    if (!field || !node.selectionSet) return 1;
    const inner = getNamedType(field.type);
    if (!isCompositeType(inner)) return 1;
    return 1 + multiplier(node, field, input.variables) * selectionCost(inner, node.selectionSet, input, visiting);
  }

  return (input) => {
    const root = input.operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    return root ? selectionCost(root, input.operation.selectionSet, input, new Set()) : 0;
  };
}

function multiplier(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Record<string, unknown>): number {
  if (field.args.some((a) => a.name === 'first')) {
    const first = argValue(node, 'first', variables);
    return typeof first === 'number' ? Math.max(0, Math.min(first, MAX_PAGE_SIZE)) : DEFAULT_PAGE_SIZE;
  }
  const type = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (isListType(type)) {
    const ids = argValue(node, 'ids', variables);
    return Array.isArray(ids) ? ids.length : 1;
  }
  return 1;
}

function argValue(node: FieldNode, name: string, variables: Record<string, unknown>): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  return arg ? valueOf(arg.value, variables) : undefined;
}

function valueOf(v: ValueNode, variables: Record<string, unknown>): unknown {
  if (v.kind === Kind.VARIABLE) return variables[v.name.value];
  if (v.kind === Kind.INT) return Number.parseInt(v.value, 10);
  if (v.kind === Kind.LIST) return v.values.map((x) => valueOf(x, variables));
  return undefined;
}

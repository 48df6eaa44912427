import { Kind, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';
import { createCostCalculator } from './cost';
import type { BudgetReport, CostBudget } from './cost-budget';

/** Apollo plugin: prices each operation with its variables, charges the principal, reports in `extensions.cost`. */
export function costPlugin(schema: GraphQLSchema, budget: CostBudget): ApolloServerPlugin<Context> {
  const calculate = createCostCalculator(schema);
  return {
    async requestDidStart() {
      let report: BudgetReport | null = null;
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((f) => [f.name.value, f]),
          );
          const cost = calculate({ operation, fragments, variables: request.variables ?? {} });
          const v = contextValue.viewer;
          const principal = v ? `${v.kind}:${v.userId}` : `ip:${contextValue.req.ip ?? 'unknown'}`;
          report = await budget.charge(principal, cost);
        },
        async willSendResponse({ response }) {
          if (report && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: report };
          }
        },
      };
    },
  };
}

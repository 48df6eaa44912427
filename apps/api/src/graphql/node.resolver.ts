import { GraphQLError } from 'graphql';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from './context';
import { notFound } from './errors';
import { fromGlobalId } from './global-id';
import { Node } from './node';
import { isScopedTypeName } from '../data/scoped-query';

/** Any object by global ID, through the same row scope as everywhere else. */
async function loadNode(ctx: Context, globalId: string): Promise<Node | GraphQLError> {
  const parsed = fromGlobalId(globalId);
  if (!parsed || !isScopedTypeName(parsed.type)) return notFound(`No object with ID "${globalId}".`);
  const node = (await ctx.loaders.byId[parsed.type].load(parsed.id)) as Node | null;
  return node ?? notFound(`No object with ID "${globalId}".`);
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Fetches an object by its global ID.' })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Node> {
    const result = await loadNode(ctx, id);
    if (result instanceof GraphQLError) throw result;
    return result;
  }

  @Query(() => [Node], { nullable: 'items', description: 'Fetches objects by global ID; null (and an error) for each one out of reach.' })
  async nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<Array<Node | GraphQLError>> {
    if (ids.length > 100) throw new GraphQLError('At most 100 IDs at once.', { extensions: { code: 'BAD_USER_INPUT' } });
    // graphql-js turns an Error in a list into null at that index plus an error with its path.
    return Promise.all(ids.map((id) => loadNode(ctx, id)));
  }
}

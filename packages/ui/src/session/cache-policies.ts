import type { FieldPolicy, TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

interface NodesPage {
  nodes: readonly unknown[];
  [key: string]: unknown;
}

/** For connections read through `nodes` (no edges): a page with `after` is appended, otherwise it replaces. */
export function nodesPagination(keyArgs: string[]): FieldPolicy<NodesPage> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

/** Paginated root lists: each filter combination is its own list; "Load more" pages are appended. */
export const cachePolicies: TypePolicies = {
  Query: {
    fields: {
      children: relayStylePagination(['search']),
      users: relayStylePagination(['search', 'role', 'status', 'organizationId']),
      auditEvents: relayStylePagination(['action', 'actorEmail', 'since', 'until']),
      mailOutbox: relayStylePagination(['status', 'to']),
      capturedMails: nodesPagination(['to']),
    },
  },
};

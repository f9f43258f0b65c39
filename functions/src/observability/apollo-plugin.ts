import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { BUSINESS_METRICS } from './business-metrics';
import type { RequestRecord } from './request-record';
import { safeName } from './redact';

const RECORD = Symbol('gongjian.requestRecord');

/**
 * Puts a request's record on its GraphQL context, as an own enumerable symbol property: Apollo hands
 * plugins a copy of the context (own properties copied), so a WeakMap keyed by the original would miss.
 */
export function attachRecord(context: object, record: RequestRecord): void {
  (context as { [RECORD]?: RequestRecord })[RECORD] = record;
}

export const recordOf = (context: object): RequestRecord | undefined => (context as { [RECORD]?: RequestRecord })[RECORD];

/**
 * Fills a request's record from Apollo's view of it: the operation's name and type and its root fields
 * once resolved, the error codes of the answer, and the business events of successful mutations. Reads
 * neither variables nor arguments nor results beyond the business events' own fields.
 *
 * Field-level hooks are asked for only by mutations that select a business field: a query never pays
 * for them.
 */
export function observabilityPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = recordOf(contextValue);
      if (!record) return;
      return {
        async didResolveOperation({ operation, operationName, document }) {
          if (!operation) return;
          record.operationName = safeName(operationName);
          record.operationType = operation.operation;
          record.fields = rootFields(operation, document);
        },
        async executionDidStart({ operation }) {
          if (operation.operation !== 'mutation' || !record.fields.some((field) => Object.hasOwn(BUSINESS_METRICS, field))) return;
          return {
            willResolveField({ info }) {
              if (info.path.prev !== undefined || !Object.hasOwn(BUSINESS_METRICS, info.fieldName)) return;
              const business = BUSINESS_METRICS[info.fieldName]!;
              return (error, result) => {
                if (error) return;
                const value = business.value(result, record.startedAtMs);
                if (value > 0) record.business.set(business.metric, (record.business.get(business.metric) ?? 0) + value);
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            record.errorCodes.push(typeof code === 'string' ? code : 'UNKNOWN');
          }
        },
      };
    },
  };
}

/** The schema names of the fields an operation selects at its root, through inline fragments and fragment spreads. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])),
  );
  const fields = new Set<string>();
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return [...fields];
}

/**
 * Stands in for `@graphql-tools/schema` in the Lambda bundle (esbuild alias, infra/lib/node-function.ts
 * BUNDLE_ALIASES): Apollo imports it to build a schema from `typeDefs` and `resolvers`, but this server hands
 * Apollo a schema it built itself (executable-schema.ts), so the package and @graphql-tools/merge would be
 * bundled and parsed for nothing. Reaching this means someone passed typeDefs to Apollo again: it fails loudly.
 */
export function makeExecutableSchema(): never {
  throw new Error('@graphql-tools/schema is not bundled: build the schema with graphql/executable-schema.ts and pass `schema` to Apollo');
}

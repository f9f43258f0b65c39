import { buildASTSchema, isObjectType, isScalarType, parse, type DocumentNode, type GraphQLFieldResolver, type GraphQLScalarType, type GraphQLSchema } from 'graphql';

type ResolverMap = Record<string, unknown>;

export interface ExecutableSchemaOptions {
  /**
   * The SDL is known valid (the generated type-defs: codegen builds them from schema/*.graphql and
   * executable-schema.test.ts validates them in full): skip graphql-js's SDL validation and the schema's
   * own validation, which are half of building it at every cold start (bench/README.md, "Where the cold start's
   * time goes"). Requests are validated against the schema the same way either way.
   */
  assumeValid?: boolean;
}

/**
 * The executable schema from the SDL (or its parsed document) and the resolver map, with graphql-js alone: built once, each
 * resolver set on its field, each custom scalar's coercion set on the scalar. It is what Apollo's own
 * `makeExecutableSchema` (@graphql-tools/schema, 265 KB with @graphql-tools/merge) does for a schema without
 * unions, interfaces or schema directives — which is ours (schema/*.graphql) — so the Lambda bundle leaves that
 * package out (infra/lib/node-function.ts BUNDLE_ALIASES, no-graphql-tools.ts). A resolver for a type or field
 * the SDL does not have fails at start, not on the first request.
 */
export function executableSchema(typeDefs: string | DocumentNode, resolvers: ResolverMap, options: ExecutableSchemaOptions = {}): GraphQLSchema {
  const assumeValid = options.assumeValid === true;
  // The SDL, or the SDL already parsed (the API: generated/type-defs-ast.ts). No locations: nothing reads where in
  // the SDL a type was defined once the schema is built.
  const document = typeof typeDefs === 'string' ? parse(typeDefs, { noLocation: true }) : typeDefs;
  const schema = buildASTSchema(document, { assumeValidSDL: assumeValid, assumeValid });
  for (const [typeName, implementation] of Object.entries(resolvers)) {
    const type = schema.getType(typeName);
    if (!type) throw new Error(`resolvers name a type the schema does not have: ${typeName}`);
    if (isScalarType(type)) {
      const scalar = implementation as GraphQLScalarType;
      type.serialize = scalar.serialize;
      type.parseValue = scalar.parseValue;
      type.parseLiteral = scalar.parseLiteral;
      continue;
    }
    if (!isObjectType(type)) throw new Error(`resolvers for ${typeName}: only object types and scalars take resolvers here`);
    const fields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(implementation as Record<string, unknown>)) {
      const field = fields[fieldName];
      if (!field) throw new Error(`resolvers name a field the schema does not have: ${typeName}.${fieldName}`);
      if (typeof resolve !== 'function') throw new Error(`resolver ${typeName}.${fieldName} is not a function`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
  return schema;
}

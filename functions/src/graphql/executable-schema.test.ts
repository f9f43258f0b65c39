import { buildSchema, graphql, parse, printSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { executableSchema } from './executable-schema';
import { typeDefs } from './generated/type-defs';
import { typeDefsAst } from './generated/type-defs-ast';
import { resolvers } from './resolvers';
import { DateScalar } from './scalars';

const SDL = `scalar Date
type Query { today: Date! echo(on: Date!): String! item: Item }
type Item { name: String! upper: String! }`;

describe('Function: executableSchema', () => {
  it('sets resolvers on their fields and the custom scalars’ coercion on the scalars', async () => {
    const schema = executableSchema(SDL, {
      Date: DateScalar,
      Query: { today: () => '2026-12-01', echo: (_: unknown, args: { on: string }) => `on ${args.on}`, item: () => ({ name: 'a' }) },
      Item: { upper: (item: { name: string }) => item.name.toUpperCase() },
    });
    const ok = await graphql({ schema, source: '{ today echo(on: "2026-05-01") item { name upper } }' });
    expect(ok).toEqual({ data: { today: '2026-12-01', echo: 'on 2026-05-01', item: { name: 'a', upper: 'A' } } });
    // The Date scalar's own parsing runs: a malformed literal is refused with its message.
    const bad = await graphql({ schema, source: '{ echo(on: "1 May") }' });
    expect(bad.errors?.[0]?.message).toContain('YYYY-MM-DD');
  });

  it('fails at start on a resolver the schema has no place for', () => {
    expect(() => executableSchema(SDL, { Nope: {} })).toThrow(/Nope/);
    expect(() => executableSchema(SDL, { Query: { missing: () => 1 } })).toThrow(/Query\.missing/);
  });

  it('refuses an invalid SDL unless told it is valid', () => {
    expect(() => executableSchema('type Query { a: Nope }', {})).toThrow(/Unknown type "Nope"/);
    expect(() => executableSchema('type Query { a: String } type Query { b: String }', {})).toThrow(/only one type named "Query"/);
  });

  // The API builds the generated type-defs, parsed at codegen, with assumeValid (server.ts: no parsing and no validation at
  // every cold start); this is the work it skips: the parsed document is the SDL's, the SDL and the schema built from it
  // are valid, and the API's schema is the same schema.
  it('the generated type-defs are a valid schema, built the same from their parsed document with assumeValid', () => {
    expect(typeDefsAst).toEqual(parse(typeDefs, { noLocation: true }));
    const checked = buildSchema(typeDefs);
    expect(validateSchema(checked)).toEqual([]);
    const fast = executableSchema(typeDefsAst, resolvers as Record<string, unknown>, { assumeValid: true });
    expect(printSchema(fast)).toBe(printSchema(checked));
    expect(validateSchema(executableSchema(typeDefs, resolvers as Record<string, unknown>))).toEqual([]);
  });
});

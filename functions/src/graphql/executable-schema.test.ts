import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { executableSchema } from './executable-schema';
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
});

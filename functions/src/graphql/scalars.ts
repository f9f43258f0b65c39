import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../domain/errors';

const stringScalar = (name: string, description: string, valid: (s: string) => boolean, hint: string) =>
  new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: (value) => {
      if (typeof value !== 'string' || !valid(value)) throw badInput(name, `${name} 须为 ${hint}`);
      return value;
    },
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING || !valid(ast.value)) throw badInput(name, `${name} 须为 ${hint}`);
      return ast.value;
    },
  });

export const DateScalar = stringScalar('Date', 'YYYY-MM-DD', (s) => /^\d{4}-\d{2}-\d{2}$/.test(s), 'YYYY-MM-DD');
export const DateTimeScalar = stringScalar('DateTime', 'ISO 8601', (s) => !Number.isNaN(Date.parse(s)), 'ISO 8601 时间');

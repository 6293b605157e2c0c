import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { fenToYuan, yuanToFen } from './money';
import { isCalendarDate } from './dates';

/**
 * A value a scalar cannot read. graphql-js prefixes the message with the variable path
 * ("at \"input.totalAmount\"") and formatError turns that path into extensions.field.
 */
function invalidValue(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Money: integer fen inside, a decimal string of yuan with two decimals on the wire ("12345.67"). */
export const MoneyScalar = new GraphQLScalarType<number, string>({
  name: 'Money',
  description: 'An amount of money: a decimal string of yuan with two decimals, e.g. "12345.67".',
  serialize(value) {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new TypeError(`Money must be integer fen, got ${value}`);
    }
    if (typeof value !== 'number' && typeof value !== 'bigint' && typeof value !== 'string') {
      throw new TypeError(`Money must be integer fen, got ${typeof value}`);
    }
    return fenToYuan(value);
  },
  parseValue(value) {
    if (typeof value !== 'string') {
      throw invalidValue('Money is given as a string of yuan, e.g. "12345.67". 金额须为字符串ï¼例如 "12345.67"。');
    }
    return yuanToFen(value);
  },
  parseLiteral(ast: ValueNode) {
    if (ast.kind !== Kind.STRING) {
      throw invalidValue('Money is given as a string of yuan, e.g. "12345.67". 金额须为字符串ï¼例如 "12345.67"。');
    }
    return yuanToFen(ast.value);
  },
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isCalendarDate(value)) {
    throw invalidValue(`"${String(value)}" is not a date written YYYY-MM-DD. 日期格式应为 YYYY-MM-DD。`);
  }
  return value;
}

/** Date: a calendar date, YYYY-MM-DD, kept as a string so no time zone ever shifts it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDate(value);
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    return parseDate(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

export const DateTimeScalar = DateTimeResolver;
export const JSONScalar = JSONResolver;

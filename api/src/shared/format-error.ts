import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import { logger } from './logger';
import { PUBLIC_ERROR_CODES } from './errors';

/** Postgres error codes a client may be told about, as a safety net behind the services' own checks. */
const DATABASE_ERRORS: Record<string, { code: string; message: string }> = {
  '23505': { code: 'CONFLICT', message: 'This record already exists. 该记录已存在。' },
  '23514': { code: 'BAD_USER_INPUT', message: 'A value breaks a rule of the record. 数据不符合规则。' },
  '23503': { code: 'BAD_USER_INPUT', message: 'A referenced record does not exist. 引用的记录不存在。' },
  '40001': { code: 'CONFLICT', message: 'Someone changed this at the same moment; please try again. 数据冲突ï¼请重试。' },
};

/**
 * The one place errors leave the server: typed errors go out with their code, message and field; a
 * database error is named by kind; anything else is logged in full and reaches the client only as an
 * id to quote to support — never a stack trace or SQL.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && PUBLIC_ERROR_CODES.has(code)) {
    const extensions: Record<string, unknown> = { ...formatted.extensions };
    delete extensions.stacktrace;
    if (code === 'BAD_USER_INPUT' && !extensions.field) extensions.field = fieldFromCoercionMessage(formatted.message);
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const original = unwrapResolverError(error) as { code?: string; constraint_name?: string; constraint?: string } | undefined;
  const database = original?.code ? DATABASE_ERRORS[original.code] : undefined;
  if (database) {
    return {
      message: database.message,
      path: formatted.path,
      extensions: { code: database.code, constraint: original?.constraint_name ?? original?.constraint },
    };
  }
  const incident = randomUUID();
  logger.error({ err: original ?? error, incident, path: formatted.path }, 'unexpected error');
  return {
    message: `Something went wrong on our side; please quote incident ${incident}. 系统内部错误ï¼请提供编号 ${incident}。`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', incident },
  };
}

/** `Variable "$input" got invalid value "x" at "input.totalAmount"; …` → `input.totalAmount`. */
function fieldFromCoercionMessage(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) return at[1];
  const variable = /Variable "\$([^"]+)"/.exec(message);
  return variable?.[1];
}

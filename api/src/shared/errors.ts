import { GraphQLError } from 'graphql';

/**
 * The typed errors of the API. Each carries the `extensions.code` of the public contract, and BadInput
 * names the field at fault, so a clerk (or an integrator's program) knows what to fix.
 */
export class BadInput extends GraphQLError {
  constructor(message: string, field: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
}

export class Unauthenticated extends GraphQLError {
  constructor(message = 'Please sign in. 请先登录。') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class Forbidden extends GraphQLError {
  constructor(message = 'You are not allowed to do this. 您无权执行此操作。') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}

export class NotFound extends GraphQLError {
  constructor(what: string, id: string | number) {
    super(`${what} ${id} was not found. 未找到${what} ${id}。`, { extensions: { code: 'NOT_FOUND', id: String(id) } });
  }
}

export class Conflict extends GraphQLError {
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'CONFLICT', ...extra } });
  }
}

export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

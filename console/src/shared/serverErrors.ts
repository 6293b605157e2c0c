import { HttpError } from 'react-admin';
import { messageIn } from './bilingual';

/** What the console keeps of a failed request (HttpError.body). */
export interface ServerErrorBody {
  /** extensions.code of the GraphQL error: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, NOT_FOUND, CONFLICT… */
  code: string;
  /** extensions.field, when the server named the field at fault. */
  field?: string;
  /** The server's own (bilingual) message. */
  serverMessage?: string;
  /** react-admin's server-side validation shape: field → message, shown on the form. */
  errors?: Record<string, unknown>;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; field?: unknown };
}

const STATUS_OF: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
};

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The first GraphQL error inside whatever ra-data-graphql or Apollo threw. */
function graphQLErrorOf(error: unknown): GraphQLErrorLike | undefined {
  const candidates = [
    (error as { body?: { graphQLErrors?: GraphQLErrorLike[] } })?.body?.graphQLErrors,
    (error as { graphQLErrors?: GraphQLErrorLike[] })?.graphQLErrors,
    (error as { body?: { errors?: GraphQLErrorLike[] } })?.body?.errors,
    (error as { networkError?: { result?: { errors?: GraphQLErrorLike[] } } })?.networkError?.result?.errors,
  ];
  for (const list of candidates) if (Array.isArray(list) && list.length > 0) return list[0];
  return undefined;
}

/**
 * Turns a failed GraphQL call into the HttpError react-admin understands: the status (401 logs out,
 * 403 does not), the server's message in the user's language, and — for BAD_USER_INPUT or a duplicate
 * naming a field — `body.errors`, so a form shows the message under that field.
 */
export function toHttpError(error: unknown, locale: string, translate: Translate): HttpError {
  if (error instanceof HttpError && (error.body as ServerErrorBody | undefined)?.code) return error;
  const graphQLError = graphQLErrorOf(error);
  const httpStatus = (error as { status?: number })?.status;
  const code =
    typeof graphQLError?.extensions?.code === 'string'
      ? graphQLError.extensions.code
      : httpStatus === 401
        ? 'UNAUTHENTICATED'
        : httpStatus === 403
          ? 'FORBIDDEN'
          : 'UNKNOWN';
  const serverMessage = graphQLError?.message;
  const field = typeof graphQLError?.extensions?.field === 'string' ? graphQLError.extensions.field : undefined;
  const status = STATUS_OF[code] ?? (httpStatus && httpStatus >= 400 ? httpStatus : 500);

  let message: string;
  if (code === 'CONFLICT' && !field) {
    // A stale version: the fix is always the same, so say it plainly.
    message = translate('huimin.errors.stale', { _: 'Someone else saved this record; reload and try again.' });
  } else if (serverMessage) {
    message = messageIn(locale, serverMessage);
  } else if (code === 'UNAUTHENTICATED') {
    message = translate('huimin.errors.unauthenticated');
  } else if (code === 'FORBIDDEN') {
    message = translate('huimin.errors.forbidden');
  } else if (!httpStatus || httpStatus === 200) {
    message = translate('huimin.errors.network');
  } else {
    message = translate('huimin.errors.server', { status: httpStatus });
  }

  const body: ServerErrorBody = { code, field, serverMessage };
  // A field of the record (not "filter.x" or "input.y"): show the message on the form, under it.
  if (field && /^[A-Za-z]\w*$/.test(field) && (code === 'BAD_USER_INPUT' || code === 'CONFLICT')) {
    body.errors = { [field]: message, root: { serverError: message } };
  }
  return new HttpError(message, status, body);
}

export function codeOf(error: unknown): string | undefined {
  return (error as { body?: ServerErrorBody })?.body?.code;
}

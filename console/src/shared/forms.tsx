import { SaveButton, Toolbar, useNotify } from 'react-admin';
import type { ServerErrorBody } from './serverErrors';

/** Empty optional inputs go to the server as null, not as "". */
export function emptyToNull<T extends Record<string, unknown>>(data: T): T {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, value === '' ? null : value])) as T;
}

/**
 * onError for saving forms: a field error stays on its field (react-admin's form shows it and says the
 * form is invalid); a stale version asks, for long enough to read it, to reload; anything else is a
 * notification with the server's message.
 */
export function useSaveErrorNotifier() {
  const notify = useNotify();
  return (error: unknown) => {
    const body = (error as { body?: ServerErrorBody })?.body;
    if (body?.errors && Object.keys(body.errors).length > 0) return;
    const message = (error as Error)?.message || 'ra.notification.http_error';
    const stale = body?.code === 'CONFLICT';
    notify(message, { type: stale ? 'warning' : 'error', messageArgs: { _: message }, multiLine: true, autoHideDuration: stale ? 15_000 : 6_000 });
  };
}

/** Save only: the API deletes neither people nor division codes (codes are retired, people kept). */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Forms read better at a comfortable width than stretched across a wide screen. */
export const formSx = { maxWidth: 640 } as const;

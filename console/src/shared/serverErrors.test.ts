import { describe, expect, it } from 'vitest';
import { HttpError } from 'react-admin';
import { toHttpError, type ServerErrorBody } from './serverErrors';

const translate = (key: string) => `t:${key}`;
const graphQLFailure = (message: string, extensions: Record<string, unknown>) =>
  new HttpError(message, 200, { graphQLErrors: [{ message, extensions }] });

describe('toHttpError', () => {
  it('puts a field error on the field, in the user’s language', () => {
    const error = toHttpError(
      graphQLFailure('"1" is not a mobile number. 电话号码格式不正确。', { code: 'BAD_USER_INPUT', field: 'phone' }),
      'zh',
      translate,
    );
    expect(error.status).toBe(400);
    expect(error.message).toBe('电话号码格式不正确。');
    expect((error.body as ServerErrorBody).errors).toEqual({ phone: '电话号码格式不正确。', root: { serverError: '电话号码格式不正确。' } });
  });

  it('asks to reload on a stale version', () => {
    const error = toHttpError(graphQLFailure('Someone saved this person. 该记录已被他人修改。', { code: 'CONFLICT' }), 'en', translate);
    expect(error.status).toBe(409);
    expect(error.message).toBe('t:huimin.errors.stale');
    expect((error.body as ServerErrorBody).serverMessage).toContain('Someone saved');
  });

  it('maps an HTTP 401 to UNAUTHENTICATED and a FORBIDDEN error to 403', () => {
    expect(toHttpError(new HttpError('Response not successful', 401), 'zh', translate).status).toBe(401);
    const forbidden = toHttpError(graphQLFailure('Not allowed. 无权操作。', { code: 'FORBIDDEN' }), 'en', translate);
    expect(forbidden.status).toBe(403);
    expect(forbidden.message).toBe('Not allowed.');
  });

  it('does not turn filter errors into form errors', () => {
    const error = toHttpError(graphQLFailure('Bad filter. 筛选错误。', { code: 'BAD_USER_INPUT', field: 'filter.x' }), 'en', translate);
    expect((error.body as ServerErrorBody).errors).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { messageIn, splitBilingual } from './bilingual';

describe('messageIn', () => {
  it('picks the half of a server message in the user’s language', () => {
    const message = 'Wrong username or password. 用户名或密码错误。';
    expect(messageIn('zh', message)).toBe('用户名或密码错误。');
    expect(messageIn('en', message)).toBe('Wrong username or password.');
  });

  it('keeps digits and quoted values in the English half', () => {
    const message =
      '"12345" is not a mobile (11 digits, e.g. 13812345678) or landline number (e.g. 0834-1234567). 电话号码格式不正确。';
    expect(splitBilingual(message)).toEqual({
      en: '"12345" is not a mobile (11 digits, e.g. 13812345678) or landline number (e.g. 0834-1234567).',
      zh: '电话号码格式不正确。',
    });
  });

  it('handles a Chinese half that starts with a Latin word', () => {
    expect(messageIn('zh', 'Policyholder 7 was not found. 未找到Policyholder 7。')).toBe('未找到Policyholder 7。');
  });

  it('shows a message it cannot split as it is', () => {
    expect(messageIn('zh', 'Only English here.')).toBe('Only English here.');
    expect(messageIn('en', '只有中文。')).toBe('只有中文。');
  });
});

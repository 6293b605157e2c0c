import { describe, expect, it } from 'vitest';
import { residentIdValidator } from './idNumberValidation';

describe('residentIdValidator', () => {
  it('accepts a valid ID and an empty field (required is checked apart)', () => {
    expect(residentIdValidator('zh')('11010519491231002X')).toBeUndefined();
    expect(residentIdValidator('zh')('')).toBeUndefined();
  });

  it('names the fault of a mistyped check character in the user’s language', () => {
    expect(residentIdValidator('zh')('110105194912310021')).toMatchObject({ args: { fault: expect.stringContaining('校验位应为 X') } });
    expect(residentIdValidator('en')('110105194912310021')).toMatchObject({ args: { fault: expect.stringMatching(/^has the check character 1/) } });
  });

  it('says when the length is wrong', () => {
    expect(residentIdValidator('en')('1101')).toMatchObject({ args: { fault: 'must have 18 characters, not 4.' } });
  });
});

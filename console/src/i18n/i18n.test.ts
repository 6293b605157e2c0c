import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, REGION_LEVELS, ROLES, SEXES } from '../../../schema/domain-values';
import en from './en';
import zh from './zh';

/** Every leaf path of a message tree, e.g. "ra.action.save". */
function paths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : paths(value as object, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('Chinese has every message of English, react-admin’s included, and no others', () => {
    expect(paths(zh).sort()).toEqual(paths(en).sort());
    for (const path of paths(englishMessages)) expect(paths(zh)).toContain(path);
  });

  it('keeps the placeholders of each message', () => {
    const lookup = (tree: object, path: string) => path.split('.').reduce<any>((node, key) => node[key], tree) as string;
    for (const path of paths(en)) {
      const englishText = lookup(en, path);
      const english = new Set(placeholders(englishText).filter((p) => p !== 'smart_count'));
      const chinese = new Set(placeholders(lookup(zh, path)).filter((p) => p !== 'smart_count'));
      for (const name of chinese) expect(english, path).toContain(name);
      // Chinese has no plural forms: a message with English plurals may use fewer placeholders.
      if (englishText.includes('||||') || path === 'huimin.validation.idNumber') continue;
      expect(chinese, path).toEqual(english);
    }
  });

  it('names every value of the enums the user can see, in both languages', () => {
    for (const messages of [en, zh] as any[]) {
      for (const value of CATEGORIES) expect(messages.huimin.category[value]).toBeTruthy();
      for (const value of SEXES) expect(messages.huimin.sex[value]).toBeTruthy();
      for (const value of REGION_LEVELS) expect(messages.huimin.level[value]).toBeTruthy();
      for (const value of ROLES) {
        expect(messages.huimin.role[value]).toBeTruthy();
        expect(messages.huimin.dashboard.can[value]).toBeTruthy();
      }
    }
  });
});

// Every worked case reproduced to the fen: the copies in ./cases (so a fresh clone stands alone) and,
// when the shared folder sits next to the repository, whatever it holds now.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { settle, validateRuleSet } from './index';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../../..');
const folders = [
  { label: 'api/src/settlement/cases', dir: join(here, 'cases') },
  { label: '../shared/vectors/settlement', dir: resolve(repositoryRoot, '../shared/vectors/settlement') },
].filter(({ dir }) => existsSync(dir));

const caseFiles = (dir: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, join(dir, file)] as const);

it('ships its own copy of the worked cases', () => {
  expect(caseFiles(join(here, 'cases')).length).toBeGreaterThanOrEqual(8);
});

for (const { label, dir } of folders) {
  describe(`worked cases in ${label}`, () => {
    it.each(caseFiles(dir))('%s', (_file, path) => {
      const workedCase = JSON.parse(readFileSync(path, 'utf8'));
      const rules = validateRuleSet(workedCase.rules);
      if (!rules.ok) throw new Error(rules.faults.map((fault) => fault.message).join('\n'));
      const result = settle({ rules: rules.rules, category: workedCase.person.category, ytd: workedCase.ytd, claim: workedCase.claim });
      const engine = Object.fromEntries(Object.keys(workedCase.expected).map((key) => [key, result[key as keyof typeof result]]));
      expect(engine).toEqual(workedCase.expected);
    });
  });
}

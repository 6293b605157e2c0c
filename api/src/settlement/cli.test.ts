// The `settle` command on real files: one JSON line per good file, a named fault per bad one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../../..');
const casesDir = join(here, 'cases');
const caseFiles = readdirSync(casesDir)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => join(casesDir, file));

function runCli(files: string[]) {
  const run = spawnSync('npx', ['tsx', 'api/src/settlement/cli.ts', ...files], { cwd: repositoryRoot, encoding: 'utf8', timeout: 60_000 });
  const stdoutLines = run.stdout.split('\n').filter((line) => line.trim() !== '');
  // npx may print its own warnings; keep the lines the command wrote about our files
  const stderrLines = run.stderr.split('\n').filter((line) => files.some((file) => line.startsWith(`${file}: `)));
  return { status: run.status, outputs: stdoutLines.map((line) => JSON.parse(line)), stderrLines };
}

const scratch = mkdtempSync(join(tmpdir(), 'huimin-settle-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchCase(name: string, change: (json: Record<string, any>) => void): string {
  const json = JSON.parse(readFileSync(join(casesDir, '08-prevent-poverty-household.json'), 'utf8'));
  change(json);
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('npm run settle -- FILE...', () => {
  it('prints one line per case with the engine’s value for every expected key', { timeout: 60_000 }, () => {
    const { status, outputs, stderrLines } = runCli(caseFiles);
    expect(status).toBe(0);
    expect(stderrLines).toEqual([]);
    expect(outputs).toHaveLength(caseFiles.length);
    outputs.forEach((output, i) => {
      const workedCase = JSON.parse(readFileSync(caseFiles[i], 'utf8'));
      expect(output.name).toBe(workedCase.name);
      for (const [key, value] of Object.entries(workedCase.expected)) expect(output[key], `${workedCase.name} ${key}`).toBe(value);
      expect(output.lines.length).toBeGreaterThan(0);
      expect(typeof output.lines[0].textZh).toBe('string');
    });
  });

  it('names the file and the field of every malformed file, exits 1, and still runs the others', { timeout: 60_000 }, () => {
    const badJson = join(scratch, 'bad-json.json');
    writeFileSync(badJson, '{ "name": "broken", ');
    const missingField = scratchCase('missing-field.json', (json) => delete json.claim.totalFen);
    const invalidRules = scratchCase('invalid-rules.json', (json) => {
      json.rules.criticalIllness.bands[1].uptoFen = 100;
      json.rules.basic.rateBpByLevel['3'] = 12000;
    });
    const invalidClaim = scratchCase('invalid-claim.json', (json) => (json.claim.inPolicyFen = json.claim.totalFen + 1));
    const unknownCategory = scratchCase('unknown-category.json', (json) => (json.person.category = 'POOR'));
    const missingFile = join(scratch, 'no-such-case.json');
    const good = [caseFiles[0], caseFiles[7]];

    const files = [badJson, good[0], missingField, invalidRules, invalidClaim, unknownCategory, missingFile, good[1]];
    const { status, outputs, stderrLines } = runCli(files);

    expect(status).toBe(1);
    expect(outputs.map((output) => output.name)).toEqual(['01-yulin-ordinary-two-bands', '08-prevent-poverty-household']);
    expect(outputs[1].preventPovertyFen).toBe(2269775);

    const about = (file: string) => stderrLines.filter((line) => line.startsWith(`${file}: `)).map((line) => line.slice(file.length + 2));
    expect(about(badJson)).toEqual([expect.stringMatching(/^not valid JSON/)]);
    expect(about(missingField)).toEqual(['claim.totalFen is required']);
    expect(about(invalidRules)).toEqual([
      'rules.basic.rateBpByLevel.3 must be between 0 and 10000 bp, got 12000',
      'rules.criticalIllness.bands[1].uptoFen must be greater than bands[0].uptoFen',
    ]);
    expect(about(invalidClaim)).toEqual(['claim.inPolicyFen (16000001) must not exceed claim.totalFen (16000000)']);
    expect(about(unknownCategory)).toEqual([expect.stringMatching(/^person\.category must be one of ORDINARY, .*got "POOR"$/)]);
    expect(about(missingFile)).toEqual([expect.stringMatching(/^cannot read/)]);
  });
});

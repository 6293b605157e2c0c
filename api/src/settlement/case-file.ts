// Worked settlement cases in the file format of shared/vectors/README.md: read one, settle it, and
// report the engine's values next to the expected ones. Used by the CLI and the tests.
import { z } from 'zod';
import { SettlementInputError } from './errors';
import { validateRuleSet, type Rules } from './rules';
import { settle } from './settle';
import { CATEGORIES, YTD_FIELDS, type Category, type ClaimToSettle, type SettlementResult, type YearToDate } from './types';
import { toPlainLine } from './explain';
import { faultsFromZod } from './zod-faults';

export const AMOUNT_KEYS = [
  'basicFen',
  'criticalIllnessFen',
  'assistanceFen',
  'preventPovertyFen',
  'longTermCareFen',
  'selfPayFen',
  'totalFen',
] as const satisfies readonly (keyof SettlementResult)[];
export type AmountKey = (typeof AMOUNT_KEYS)[number];

const fen = z.int().min(0);
const caseFileSchema = z.object({
  name: z.string().min(1),
  note: z.string().optional(),
  rules: z.record(z.string(), z.unknown()),
  person: z.object({ category: z.enum(CATEGORIES) }),
  ytd: z.strictObject(Object.fromEntries(YTD_FIELDS.map((field) => [field, fen])) as Record<keyof YearToDate, typeof fen>),
  claim: z.object({ kind: z.enum(['INPATIENT', 'LONG_TERM_CARE']) }).loose(),
  expected: z.partialRecord(z.enum(AMOUNT_KEYS), z.int()).optional(),
});

export interface SettlementCase {
  name: string;
  rules: Rules;
  category: Category;
  ytd: YearToDate;
  claim: ClaimToSettle;
  expected?: Partial<Record<AmountKey, number>>;
}

export type CaseOutcome =
  | { ok: true; output: CaseOutput; mismatches: string[] }
  | { ok: false; problems: string[] };

/** One JSON line of the CLI: the case name, the engine's value for every expected key, and more. */
export interface CaseOutput {
  name: string;
  [key: string]: unknown;
}

/** Reads and settles one case file's text. `problems` name the field: "claim.inPolicyFen must not exceed …". */
export function runCaseText(text: string): CaseOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  const parsed = caseFileSchema.safeParse(json);
  const problems = parsed.success ? [] : faultsFromZod(parsed.error.issues, '', json, 10000, '(file)').map((f) => f.message);
  const rules = validateRuleSet(isObject(json) ? json.rules : undefined);
  if (!rules.ok && isObject(json) && isObject(json.rules)) problems.push(...rules.faults.map((f) => `rules.${f.message}`));
  if (!parsed.success || !rules.ok || problems.length > 0) return { ok: false, problems };

  const settlementCase: SettlementCase = {
    name: parsed.data.name,
    rules: rules.rules,
    category: parsed.data.person.category,
    ytd: parsed.data.ytd,
    claim: parsed.data.claim as unknown as ClaimToSettle,
    expected: parsed.data.expected,
  };
  try {
    return runCase(settlementCase);
  } catch (error) {
    if (!(error instanceof SettlementInputError)) throw error;
    return { ok: false, problems: [error.field === 'category' ? `person.${error.message}` : error.message] };
  }
}

export function runCase(settlementCase: SettlementCase): CaseOutcome & { ok: true } {
  const result = settle({
    rules: settlementCase.rules,
    category: settlementCase.category,
    ytd: settlementCase.ytd,
    claim: settlementCase.claim,
  });
  const expected = settlementCase.expected;
  const keys = expected === undefined ? AMOUNT_KEYS : (Object.keys(expected) as AmountKey[]);
  const output: CaseOutput = { name: settlementCase.name };
  const mismatches: string[] = [];
  for (const key of keys) {
    output[key] = result[key];
    const want = expected?.[key];
    if (want !== undefined && want !== result[key]) mismatches.push(`${key} is ${result[key]}, expected ${want}`);
  }
  output.matchesExpected = expected === undefined ? null : mismatches.length === 0;
  output.deltas = result.deltas;
  output.lines = result.lines.map(toPlainLine);
  return { ok: true, output, mismatches };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

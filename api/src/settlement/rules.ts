// The rules JSON of each product kind (DOMAIN.md §4), validated with zod before any settlement uses
// it. Depends on zod only (no node built-ins): the API and the browser console share this module.
import { z } from 'zod';
import { CATEGORIES, type ProductKind } from './types';
import { fault, faultsFromZod, type Fault } from './zod-faults';

const MAX_BP = 10000;

const fen = z.int().min(0);
/** null = no annual cap. */
const capFen = fen.nullable();
const rateBp = z.int().min(0).max(MAX_BP);
const byHospitalLevel = <T extends z.ZodType>(value: T) => z.strictObject({ '1': value, '2': value, '3': value });
const bands = z.array(z.strictObject({ uptoFen: fen.nullable(), rateBp })).min(1);

export const basicRulesSchema = z.strictObject({
  deductibleFenByLevel: byHospitalLevel(fen),
  rateBpByLevel: byHospitalLevel(rateBp),
  annualCapFen: capFen,
});

export const criticalIllnessRulesSchema = z.strictObject({
  deductibleFen: fen,
  bands,
  annualCapFen: capFen,
  preferential: z
    .strictObject({
      categories: z.array(z.enum(CATEGORIES)),
      deductibleFactorBp: rateBp,
      rateBonusBp: rateBp,
      removeCap: z.boolean(),
    })
    .optional(),
});

export const assistanceRulesSchema = z.strictObject({
  byCategory: z.partialRecord(
    z.enum(CATEGORIES),
    z.strictObject({ deductibleFen: fen, rateBp, annualCapFen: capFen }),
  ),
});

export const preventPovertyRulesSchema = z.strictObject({
  thresholdFen: fen,
  bands,
  annualCapFen: capFen,
  countsOutOfPolicy: z.boolean(),
});

export const longTermCareRulesSchema = z.strictObject({
  monthlyStandardFenByGrade: z.record(
    z.string().regex(/^(0|[1-9][0-9]{0,2})$/, { error: 'is not a grade (a whole number such as 1, 2, 3)' }),
    fen,
  ),
  rateBpByCareForm: z.strictObject({ INSTITUTIONAL: rateBp, HOME: rateBp }),
});

export type BasicRules = z.infer<typeof basicRulesSchema>;
export type CriticalIllnessRules = z.infer<typeof criticalIllnessRulesSchema>;
export type PreferentialTerms = NonNullable<CriticalIllnessRules['preferential']>;
export type AssistanceRules = z.infer<typeof assistanceRulesSchema>;
export type PreventPovertyRules = z.infer<typeof preventPovertyRulesSchema>;
export type LongTermCareRules = z.infer<typeof longTermCareRulesSchema>;
export type Band = CriticalIllnessRules['bands'][number];

/** The rules in force for one claim, composed from the versions of each kind. Absent = pays 0. */
export interface Rules {
  basic?: BasicRules;
  criticalIllness?: CriticalIllnessRules;
  assistance?: AssistanceRules;
  /** Present = the person's household is enrolled in prevent-poverty insurance. */
  preventPoverty?: PreventPovertyRules;
  longTermCare?: LongTermCareRules;
}

export interface RulesByKind {
  BASIC: BasicRules;
  CRITICAL_ILLNESS: CriticalIllnessRules;
  ASSISTANCE: AssistanceRules;
  PREVENT_POVERTY: PreventPovertyRules;
  LONG_TERM_CARE: LongTermCareRules;
}

export const RULES_KEY_BY_KIND = {
  BASIC: 'basic',
  CRITICAL_ILLNESS: 'criticalIllness',
  ASSISTANCE: 'assistance',
  PREVENT_POVERTY: 'preventPoverty',
  LONG_TERM_CARE: 'longTermCare',
} as const satisfies Record<ProductKind, keyof Rules>;

const SCHEMA_BY_KIND = {
  BASIC: basicRulesSchema,
  CRITICAL_ILLNESS: criticalIllnessRulesSchema,
  ASSISTANCE: assistanceRulesSchema,
  PREVENT_POVERTY: preventPovertyRulesSchema,
  LONG_TERM_CARE: longTermCareRulesSchema,
} as const;

export const ruleSetSchema = z.strictObject({
  basic: basicRulesSchema.optional(),
  criticalIllness: criticalIllnessRulesSchema.optional(),
  assistance: assistanceRulesSchema.optional(),
  preventPoverty: preventPovertyRulesSchema.optional(),
  longTermCare: longTermCareRulesSchema.optional(),
});

/** One reason a rule set is refused; `message` is a whole sentence that starts with `path`. */
export type RuleFault = Fault;

export type RulesValidation<T> = { ok: true; rules: T } | { ok: false; faults: RuleFault[] };

/**
 * Validates the rules object of one product kind (the bare object, e.g. a CRITICAL_ILLNESS version's
 * `{ deductibleFen, bands, ... }`). Fault paths start with the kind's key: "criticalIllness.bands[1].uptoFen".
 */
export function validateRules<K extends ProductKind>(kind: K, rules: unknown): RulesValidation<RulesByKind[K]> {
  const key = RULES_KEY_BY_KIND[kind];
  const parsed = SCHEMA_BY_KIND[kind].safeParse(rules);
  const faults = parsed.success ? [] : faultsFromZod(parsed.error.issues, key, rules, MAX_BP);
  faults.push(...crossFieldFaults(key, rules));
  if (faults.length > 0 || !parsed.success) return { ok: false, faults };
  return { ok: true, rules: parsed.data as RulesByKind[K] };
}

/** Validates a composed rule set `{ basic?, criticalIllness?, ... }` as settlement and the case files use it. */
export function validateRuleSet(rules: unknown): RulesValidation<Rules> {
  const parsed = ruleSetSchema.safeParse(rules);
  const faults = parsed.success ? [] : faultsFromZod(parsed.error.issues, '', rules, MAX_BP);
  if (isRecord(rules)) {
    for (const key of Object.values(RULES_KEY_BY_KIND)) {
      if (rules[key] !== undefined) faults.push(...crossFieldFaults(key, rules[key]));
    }
  }
  if (faults.length > 0 || !parsed.success) return { ok: false, faults };
  return { ok: true, rules: parsed.data };
}

// ---- faults between fields, which zod's per-field schemas cannot see ----
// They read the raw input defensively so that every fault is reported in one pass, even when other
// fields are malformed (zod skips refinements once a field has failed).

function crossFieldFaults(key: keyof Rules, rules: unknown): RuleFault[] {
  if (!isRecord(rules)) return [];
  switch (key) {
    case 'criticalIllness': {
      const preferential = isRecord(rules.preferential) ? rules.preferential : undefined;
      return [
        ...bandFaults(key, rules.bands, rules.deductibleFen, 'deductibleFen', preferential?.rateBonusBp),
        ...duplicateCategoryFaults(`${key}.preferential.categories`, preferential?.categories),
      ];
    }
    case 'preventPoverty':
      return bandFaults(key, rules.bands, rules.thresholdFen, 'thresholdFen', undefined);
    case 'longTermCare': {
      const standards = rules.monthlyStandardFenByGrade;
      if (isRecord(standards) && Object.keys(standards).length === 0) {
        return [fault(`${key}.monthlyStandardFenByGrade`, 'must list the monthly standard of at least one grade')];
      }
      return [];
    }
    default:
      return [];
  }
}

function bandFaults(
  key: string,
  bandList: unknown,
  floorFen: unknown,
  floorName: string,
  rateBonusBp: unknown,
): RuleFault[] {
  if (!Array.isArray(bandList)) return [];
  const faults: RuleFault[] = [];
  const upto = (i: number): unknown => (isRecord(bandList[i]) ? bandList[i].uptoFen : undefined);
  const first = upto(0);
  if (Number.isSafeInteger(first) && Number.isSafeInteger(floorFen) && (first as number) <= (floorFen as number)) {
    faults.push(fault(`${key}.bands[0].uptoFen`, `must be greater than ${floorName}`));
  }
  for (let i = 1; i < bandList.length; i++) {
    const previous = upto(i - 1);
    const current = upto(i);
    if (previous === null) {
      faults.push(fault(`${key}.bands[${i - 1}].uptoFen`, 'is null, but only the last band may have uptoFen null'));
    } else if (Number.isSafeInteger(previous) && Number.isSafeInteger(current) && (current as number) <= (previous as number)) {
      faults.push(fault(`${key}.bands[${i}].uptoFen`, `must be greater than bands[${i - 1}].uptoFen`));
    }
  }
  // A bonus or rate out of range is already named on its own; only the sum is checked here.
  if (Number.isSafeInteger(rateBonusBp) && (rateBonusBp as number) > 0 && (rateBonusBp as number) <= MAX_BP) {
    bandList.forEach((band, i) => {
      const rate = isRecord(band) ? band.rateBp : undefined;
      if (Number.isSafeInteger(rate) && (rate as number) <= MAX_BP && (rate as number) + (rateBonusBp as number) > MAX_BP) {
        faults.push(
          fault(
            `${key}.bands[${i}].rateBp`,
            `plus preferential.rateBonusBp is ${rate as number} + ${rateBonusBp as number} = ${(rate as number) + (rateBonusBp as number)} bp, above ${MAX_BP} bp`,
          ),
        );
      }
    });
  }
  return faults;
}

function duplicateCategoryFaults(path: string, categories: unknown): RuleFault[] {
  if (!Array.isArray(categories)) return [];
  const seen = new Set<unknown>();
  const faults: RuleFault[] = [];
  categories.forEach((category, i) => {
    if (seen.has(category)) faults.push(fault(`${path}[${i}]`, `repeats ${String(category)}`));
    seen.add(category);
  });
  return faults;
}


function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

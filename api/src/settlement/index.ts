// The settlement engine's public API: pure functions, no I/O, depends on zod only.
export {
  CATEGORIES,
  PRODUCT_KINDS,
  CARE_FORMS,
  ZERO_YTD,
  type Category,
  type ProductKind,
  type Payer,
  type CareForm,
  type HospitalLevel,
  type YearToDate,
  type InpatientClaim,
  type LongTermCareClaim,
  type ClaimToSettle,
  type FhirAdjudicationCategory,
  type SettlementLine,
  type SettlementAmounts,
  type SettlementResult,
} from './types';
export {
  RULES_KEY_BY_KIND,
  validateRules,
  validateRuleSet,
  type Rules,
  type RulesByKind,
  type BasicRules,
  type CriticalIllnessRules,
  type PreferentialTerms,
  type AssistanceRules,
  type PreventPovertyRules,
  type LongTermCareRules,
  type Band,
  type RuleFault,
  type RulesValidation,
} from './rules';
export type { SettlementInput } from './settlement-input';
export { SettlementInputError } from './errors';
export { settle, settleAmounts } from './settle';
export { toPlainLine } from './explain';
export { formatYuan, formatRate, halfUpBp } from './money';

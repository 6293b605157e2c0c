// The engine's entry points: settle() for the API (amounts, deltas and explanation lines) and
// settleAmounts() for callers that only need the money (the same computation, no lines).
import { Explainer } from './explain';
import { settleInpatient } from './inpatient';
import { settleLongTermCare } from './long-term-care';
import { checkSettlementInput, type SettlementInput } from './settlement-input';
import type { SettlementAmounts, SettlementResult } from './types';

/**
 * Settles one claim under DOMAIN.md §5. `input.rules` must come from validateRuleSet/validateRules.
 * Throws SettlementInputError when the claim, category or accumulators are invalid.
 */
export function settle(input: SettlementInput): SettlementResult {
  checkSettlementInput(input);
  const claim = input.claim;
  const explain =
    claim.kind === 'INPATIENT'
      ? new Explainer(input.category, claim.hospitalLevel, null, 0)
      : new Explainer(input.category, 0, claim.careForm, claim.grade);
  const amounts = compute(input, explain);
  // Listed field by field: spreading `amounts` plus one more key takes V8's slow path.
  return {
    basicFen: amounts.basicFen,
    criticalIllnessFen: amounts.criticalIllnessFen,
    assistanceFen: amounts.assistanceFen,
    preventPovertyFen: amounts.preventPovertyFen,
    longTermCareFen: amounts.longTermCareFen,
    selfPayFen: amounts.selfPayFen,
    totalFen: amounts.totalFen,
    deltas: amounts.deltas,
    lines: explain.lines,
  };
}

/** settle() without explanation lines. */
export function settleAmounts(input: SettlementInput): SettlementAmounts {
  checkSettlementInput(input);
  return compute(input, null);
}

function compute(input: SettlementInput, explain: Explainer | null): SettlementAmounts {
  const claim = input.claim;
  return claim.kind === 'INPATIENT'
    ? settleInpatient(input.rules, input.category, input.ytd, claim, explain)
    : settleLongTermCare(input.rules.longTermCare, claim, explain);
}

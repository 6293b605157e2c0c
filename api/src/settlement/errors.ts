/** A claim, category or accumulator the engine refuses to settle; `field` names it ("claim.inPolicyFen"). */
export class SettlementInputError extends Error {
  readonly field: string;

  constructor(field: string, reason: string) {
    super(`${field} ${reason}`);
    this.name = 'SettlementInputError';
    this.field = field;
  }
}

// The shape of every clinical decision: what was decided, by which catalogued rule, why, and on what inputs.

export interface Decision<D extends string = string> {
  decision: D;
  /** Stable id of the rule in docs/rules.md. */
  ruleId: string;
  /** One sentence a clinician or client can read. */
  rationale: string;
  inputs: Record<string, unknown>;
}

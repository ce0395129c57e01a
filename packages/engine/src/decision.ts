// The shape of every clinical decision: what was decided, by which catalogued rule, why, and on what inputs. A type
// alias, so a plan holding decisions fits the API's open plan document (see plan/types.ts).

export type Decision<D extends string = string> = {
  decision: D;
  /** Stable id of the rule in docs/rules.md. */
  ruleId: string;
  /** One sentence a clinician or client can read. */
  rationale: string;
  inputs: Record<string, unknown>;
};

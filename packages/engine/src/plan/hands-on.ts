// How much hands-on time this client's visits allow: less where the evidence says exercise first, none without scope.
import type { Decision } from '../decision.ts';
import type { ImpairmentFinding } from '../reasoning/impairments.ts';
import { TECHNIQUE_CATEGORIES, type PractitionerScope } from '../vocabulary/index.ts';

/**
 * [P] Manual minutes a visit may hold when the presentation calls for exercise first: widespread pain or
 * sensitisation (revised EULAR recommendations, Macfarlane 2017, Ann Rheum Dis: exercise first) and fear of movement
 * or catastrophising (TSK-17 > 37, PCS ≥ 30, STarT Back high: psychologically informed care, Hill 2011 Lancet).
 */
export const EXERCISE_FIRST_MANUAL_MINUTES = 10;

/**
 * Whether a finding calls for exercise first: any sign of pain sensitisation, and fear of movement when a scored
 * questionnaire shows it (reasoning/impairments.ts names those findings `tsk17: …`, `startback: …`, `pcs: …`);
 * guarding seen on examination alone does not.
 */
export function callsForExerciseFirst(finding: ImpairmentFinding): string[] {
  if (finding.impairment === 'pain_sensitisation') return finding.supportedBy;
  if (finding.impairment === 'fear_of_movement') return finding.supportedBy.filter((s) => QUESTIONNAIRE.test(s));
  return [];
}

const QUESTIONNAIRE = /^(tsk17|startback|pcs): /;

export type HandsOnLimit = { minutes: number; note: Decision<'adjusted'> };

/** The cap on manual minutes per visit, with the reason the manual block will carry; null when the template holds. */
export function handsOnLimit(ctx: {
  impairments: readonly ImpairmentFinding[];
  scope: ReadonlySet<PractitionerScope>;
}): HandsOnLimit | null {
  if (![...ctx.scope].some((s) => TECHNIQUE_CATEGORIES.has(s))) {
    return {
      minutes: 0,
      note: {
        decision: 'adjusted',
        ruleId: 'plan.visit_template',
        rationale:
          "The practitioner's scope has no manual technique category, so the visit has no hands-on work; its minutes go to warm-up and re-education.",
        inputs: { scope: [...ctx.scope] },
      },
    };
  }
  const findings = [...new Set(ctx.impairments.flatMap(callsForExerciseFirst))];
  if (findings.length === 0) return null;
  return {
    minutes: EXERCISE_FIRST_MANUAL_MINUTES,
    note: {
      decision: 'adjusted',
      ruleId: 'plan.visit_exercise_first',
      rationale: `Exercise first (${findings.join('; ')}): hands-on work is kept to ${EXERCISE_FIRST_MANUAL_MINUTES} minutes from the first visit and the time goes to movement (Macfarlane 2017 EULAR; Hill 2011 STarT Back).`,
      inputs: { findings, manualMinutes: EXERCISE_FIRST_MANUAL_MINUTES },
    },
  };
}

// Plan generation: public API.
export { generatePlan, type PlanOptions } from './generate-plan.ts';
export { doseMinutes, exerciseForPhase } from './dose.ts';
export { doseText, type DoseDetail, type DoseLike, type DoseTextOptions } from './dose-text.ts';
export { exerciseSafety, peakLoad, type ExerciseSafety } from './exercise-safety.ts';
export { exerciseProblem, planSafetyProblems, techniqueProblem, type PlanRefs } from './plan-safety.ts';
export { techniquePosition } from './technique-position.ts';
export { planReferral } from './plan-referral.ts';
export { PHASES, PHASE_ORDER, START_PHASE } from './phases.ts';
export type * from './types.ts';

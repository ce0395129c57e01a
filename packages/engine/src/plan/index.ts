// Plan generation: public API.
export { generatePlan, type PlanOptions } from './generate-plan.ts';
export { doseMinutes, exerciseForPhase } from './dose.ts';
export { doseText, type DoseDetail, type DoseLike, type DoseTextOptions } from './dose-text.ts';
export { exerciseSafety, type ExerciseSafety } from './exercise-safety.ts';
export { PHASES, PHASE_ORDER, START_PHASE } from './phases.ts';
export type * from './types.ts';

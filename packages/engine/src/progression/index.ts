// Progression: public API.
export {
  ZHistory,
  ZPrescription,
  ZEntry,
  ZExerciseLog,
  ZMeasure,
  ZHistoryGoal,
  ZResistance,
  BAND_LEVELS,
  RANGE_LEVELS,
  PAIN_CEILING,
  parseHistory,
  sessionDone,
  setSize,
  unitOf,
} from './history.ts';
export type {
  History,
  HistoryInput,
  Prescription,
  Entry,
  ExerciseLog,
  Measure,
  HistoryGoal,
  Resistance,
  SetUnit,
} from './history.ts';
export { progress, type ProgressOptions } from './progress.ts';
export { homePrescriptions, prescriptionFromDose } from './from-plan.ts';
export { weeklyAdherence, type AdherenceLogEntry, type WeekOfAdherence } from './weekly-adherence.ts';
export { describePrescription, resistanceLabel, rangeLabel } from './prescription.ts';
export { withinPainLimits, judgeSession, SESSION_DECISIONS, type SessionDecision } from './pain-monitoring.ts';
export { GOAL_STATUSES, type GoalProgress, type GoalStatus } from './goal-progress.ts';
export { maintenanceProgram, type MaintenanceProgram } from './maintenance.ts';
export type { CriterionCheck } from './phase-exit.ts';
export * from './types.ts';

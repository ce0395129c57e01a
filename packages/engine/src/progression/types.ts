// The shape of a progress report (the JSON of `tandem progress --json`).
import type { Decision } from '../decision.ts';
import type { PhaseId } from '../knowledge/schema.ts';
import type { GoalProgress } from './goal-progress.ts';
import type { Prescription } from './history.ts';
import type { MaintenanceProgram } from './maintenance.ts';
import type { SessionDecision } from './pain-monitoring.ts';
import type { CriterionCheck } from './phase-exit.ts';
import type { StepKind } from './prescription.ts';

export interface ExerciseDecision extends Decision<SessionDecision> {
  scope: 'exercise';
  date: string;
  /** Index of the entry in the history. */
  entry: number;
  exercise: string;
  /** The change made: a step, a restart after a flare, or none. */
  step: StepKind | 'restart' | null;
  change: string | null;
  before: Prescription;
  after: Prescription;
}

export type EpisodeDecisionKind =
  'setback' | 'fatigue' | 'plateau' | 'phase_ready' | 'reassess_due' | 'discharge_ready' | 'adherence_low';
export const EPISODE_DECISIONS: readonly EpisodeDecisionKind[] = [
  'setback',
  'fatigue',
  'plateau',
  'phase_ready',
  'reassess_due',
  'discharge_ready',
  'adherence_low',
];

export interface Alternative {
  replace: string;
  with: string;
  name: string;
}

export type EpisodeAction =
  | { kind: 'restart'; phase: PhaseId; prescription: Prescription[]; checkInBy: string; education: string }
  | { kind: 'deload'; until: string; prescription: Prescription[] }
  | { kind: 'review'; suggestions: string[]; alternatives: Alternative[] }
  | { kind: 'advance'; from: PhaseId; to: PhaseId; criteria: CriterionCheck[] }
  | { kind: 'reassess'; visitsSince: number; measures: string[] }
  | { kind: 'discharge'; maintenance: MaintenanceProgram }
  | { kind: 'talk'; ratio: number; suggestions: string[] };

export interface EpisodeDecision extends Decision<EpisodeDecisionKind> {
  scope: 'episode';
  date: string;
  action: EpisodeAction;
}

export type ProgressEvent = ExerciseDecision | EpisodeDecision;

export interface Adherence {
  from: string;
  to: string;
  prescribed: number;
  done: number;
  /** done / prescribed, or null when nothing was prescribed in the window. */
  ratio: number | null;
}

export interface ProgressReport {
  client: string | null;
  asOf: string;
  /** The phase in effect at asOf (from the history). */
  phase: PhaseId;
  events: ProgressEvent[];
  /** The prescription now, after every decision. */
  prescription: Prescription[];
  /** A deload week in force at asOf, with the lighter prescription to follow until it ends. */
  deload: { until: string; prescription: Prescription[] } | null;
  flare: { since: string } | null;
  goals: GoalProgress[];
  adherence: Adherence;
  phaseExit: CriterionCheck[] | null;
}

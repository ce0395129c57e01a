// Phases of care in order, how long each lasts, how often the client visits and how much is hands-on.
import type { IrritabilityLevel, PhaseId } from '../knowledge/schema.ts';
import type { Intensity } from '../vocabulary/index.ts';
import type { Criterion, VisitBlockKind } from './types.ts';

export interface PhaseTemplate {
  title: string;
  /** Relative length when the plan's weeks are shared out between phases. */
  weight: number;
  intensityCap: Intensity;
  /**
   * Visit minutes per block, within VISIT_RANGES. Hands-on never exceeds movement (warm-up + re-education): manual
   * work prepares movement and never replaces it (`plan.visit_template`).
   */
  blockMinutes: Record<VisitBlockKind, number>;
  goals: string[];
  entryCriteria: Criterion[];
  exitCriteria: Criterion[];
  progressionRules: string[];
}

// Pain-monitoring model (Silbernagel 2007): ≤5/10 during and after, settled by next morning, no week-to-week rise.
const PAIN_MONITORING =
  'Keep pain during exercise at or below 5/10, settled by the next morning and not rising week to week (Silbernagel 2007); otherwise hold or step back.';

/** [P] Phase policy; each row is explained in docs/rules.md (rule plan.phases). */
export const PHASES: Record<PhaseId, PhaseTemplate> = {
  settle: {
    title: 'Settle irritability',
    weight: 1,
    intensityCap: 'gentle',
    blockMinutes: { warm_up: 10, manual: 25, re_education: 15 },
    goals: [
      'Calm pain and protective guarding',
      'Find comfortable positions and gentle movement the client trusts',
      'Understand the flare-up plan',
    ],
    entryCriteria: [{ measure: 'irritability', text: 'Irritability is high: pain ≥7/10, constant or slow to settle' }],
    exitCriteria: [
      { measure: 'nprs', text: 'Pain at rest ≤4/10 on most days' },
      { measure: 'irritability', text: 'Symptoms settle within 30 minutes after activity' },
      { measure: 'sleep', text: 'Sleep no longer disturbed by pain most nights' },
    ],
    progressionRules: ['Add range before load: lengthen movements within comfort before adding sets.', PAIN_MONITORING],
  },
  restore: {
    title: 'Restore mobility and activation',
    weight: 1.2,
    intensityCap: 'moderate',
    blockMinutes: { warm_up: 12, manual: 24, re_education: 18 },
    goals: [
      'Regain range in the stiff regions',
      'Switch on and control the deep stabilisers',
      'Groove the movement patterns the client needs',
    ],
    entryCriteria: [
      { measure: 'irritability', text: 'Irritability moderate or lower' },
      { measure: 'pain_monitoring', text: 'Exercise pain stays within 5/10 and settles by the next morning' },
    ],
    exitCriteria: [
      { measure: 'rom', text: 'Range at least 80 % of normal or of the goal' },
      { measure: 'motor_control', text: 'Key patterns performed with good control for the prescribed reps' },
      { measure: 'nprs', text: 'Pain during the aggravating activity down by at least 2 points (MCID)' },
    ],
    progressionRules: [
      'Progress volume first, then range, then resistance (ACSM 2009; order: Tandem policy).',
      PAIN_MONITORING,
    ],
  },
  load: {
    title: 'Progressive loading and function',
    weight: 1,
    intensityCap: 'firm',
    blockMinutes: { warm_up: 15, manual: 20, re_education: 20 },
    goals: [
      'Build strength and endurance for daily and work tasks',
      'Return to the activities in the goals',
      'Move from clinic to independent training',
    ],
    entryCriteria: [
      { measure: 'irritability', text: 'Irritability low to moderate' },
      { measure: 'motor_control', text: 'Control of the key patterns without load' },
    ],
    exitCriteria: [
      { measure: 'goals', text: 'SMART goals met or on track' },
      { measure: 'outcome', text: 'Meaningful change (MCID) on the main outcome measure' },
      { measure: 'adherence', text: 'Home program done on at least 4 days a week' },
    ],
    progressionRules: [
      'When the top of the rep range is reached with pain in limits for two sessions, add 2–10 % load (ACSM 2009).',
      PAIN_MONITORING,
    ],
  },
  maintain: {
    title: 'Maintenance and self-management',
    weight: 0,
    intensityCap: 'gentle',
    blockMinutes: { warm_up: 10, manual: 0, re_education: 20 },
    goals: ['Keep the gains with a short independent routine', 'Know how to handle a flare without losing ground'],
    entryCriteria: [{ measure: 'goals', text: 'Discharge goals met' }],
    exitCriteria: [{ measure: 'follow_up', text: 'Stable at the follow-up check-ins' }],
    progressionRules: [
      'Keep strength work 2 days a week and activity most days; after a flare restart at half the dose and build back over 1–2 weeks.',
    ],
  },
};

export const PHASE_ORDER: readonly PhaseId[] = ['settle', 'restore', 'load', 'maintain'];

/** Starting phase by irritability (Kelley 2013 tiers: calm first, then restore, then load). */
export const START_PHASE: Record<IrritabilityLevel, PhaseId> = { high: 'settle', moderate: 'restore', low: 'load' };

/** [P] Plan length when the case gives no preference. */
export const DEFAULT_WEEKS: Record<IrritabilityLevel, number> = { high: 8, moderate: 6, low: 4 };
export const DEFAULT_VISITS_PER_WEEK = 2;
/** [P] Maintenance: one check-in every four weeks for twelve weeks. */
export const MAINTENANCE_WEEKS = 12;
export const MAINTENANCE_VISITS_PER_WEEK = 0.25;

/** Shares the plan's weeks between the active phases by weight; every phase gets at least one week. */
export function shareWeeks(phases: readonly PhaseId[], totalWeeks: number): number[] {
  const weights = phases.map((p) => PHASES[p].weight);
  const sum = weights.reduce((a, b) => a + b, 0);
  const weeks = weights.map((w) => Math.max(1, Math.floor((w / sum) * totalWeeks)));
  let spare = totalWeeks - weeks.reduce((a, b) => a + b, 0);
  // Hand out the remainder from the last phase backwards (loading benefits most from time).
  for (let i = weeks.length - 1; spare > 0; i = (i - 1 + weeks.length) % weeks.length) {
    weeks[i] = (weeks[i] ?? 0) + 1;
    spare--;
  }
  return weeks;
}

/** [P] The visit template's ranges in minutes (`plan.visit_template`), following Tandem's care model. */
export const VISIT_RANGES: Record<VisitBlockKind, { min: number; max: number }> = {
  warm_up: { min: 10, max: 15 },
  manual: { min: 20, max: 30 },
  re_education: { min: 15, max: 20 },
};

/** Gives `spare` minutes to movement: re-education first (up to its maximum), then warm-up (up to its maximum). */
export function giveToMovement(minutes: Record<VisitBlockKind, number>, spare: number): Record<VisitBlockKind, number> {
  const reEducation = Math.min(VISIT_RANGES.re_education.max, minutes.re_education + Math.max(0, spare));
  const left = Math.max(0, spare) - (reEducation - minutes.re_education);
  const warmUp = Math.min(VISIT_RANGES.warm_up.max, minutes.warm_up + left);
  return { warm_up: warmUp, manual: minutes.manual, re_education: reEducation };
}

/**
 * A phase's block minutes when hands-on time is capped (`manualCap`, see hands-on.ts): the minutes taken from manual
 * work go to movement. Maintenance check-ins have no manual block and stay as they are.
 */
export function visitMinutes(phase: PhaseId, manualCap = Infinity): Record<VisitBlockKind, number> {
  const template = PHASES[phase].blockMinutes;
  const manual = Math.min(template.manual, manualCap);
  return giveToMovement({ ...template, manual }, template.manual - manual);
}

export const manualShare = (phase: PhaseId, manualCap = Infinity): number => {
  const m = visitMinutes(phase, manualCap);
  return m.manual / (m.warm_up + m.manual + m.re_education);
};

// Whether the current phase's exit criteria (plan/phases.ts) are met, read from the logs, the measures and the goals.
import type { Decision } from '../decision.ts';
import { isMeaningfulChange, ZInstrumentId } from '../instruments/index.ts';
import type { PhaseId } from '../knowledge/schema.ts';
import { PHASE_ORDER, PHASES } from '../plan/phases.ts';
import { valuesIn, type Day } from './days.ts';
import type { GoalStanding } from './goal-progress.ts';
import type { Measure } from './history.ts';

export interface CriterionCheck {
  measure: string;
  text: string;
  met: boolean;
  detail: string;
}

export interface PhaseExitFacts {
  phase: PhaseId;
  days: readonly Day[];
  today: number;
  /** Per prescribed exercise: its last two logged sessions were done in full within pain limits. */
  controlled: readonly { exercise: string; ok: boolean }[];
  goals: readonly GoalStanding[];
  /** Measures up to today, in date order. */
  measures: readonly Measure[];
  /** Distinct days with a home-log entry in the last 14 days. */
  homeDays14: number;
}

/** [P] "Most days": at least 4 of the last 7 days logged, and two thirds of them meeting the mark. */
const WEEK = 7;
const MOST = 2 / 3;
const MIN_LOGGED = 4;
/** PHASES.settle exit: rest pain ≤4/10, sleep undisturbed (≥6/10 [P]) on most days. */
const SETTLED_REST_PAIN = 4;
const GOOD_SLEEP = 6;
/** PHASES.restore exit: range at least 80 % of the goal (ROM_LIMITED_FRACTION in the vocabulary). */
const RANGE_SHARE = 0.8;
/** PHASES.load exit: home program on at least 4 days a week, over two weeks. */
const HOME_DAYS_14 = 8;

function mostDays(
  f: PhaseExitFacts,
  field: 'painAtRest' | 'sleep',
  ok: (v: number) => boolean,
  measure: string,
  text: string,
): CriterionCheck {
  const values = valuesIn(f.days, field, f.today - WEEK + 1, f.today + 1);
  const good = values.filter(ok).length;
  const met = values.length >= MIN_LOGGED && good >= values.length * MOST;
  return { measure, text, met, detail: `${good} of ${values.length} logged days in the last week` };
}

function settledCheck(f: PhaseExitFacts): CriterionCheck {
  const mornings = valuesIn(f.days, 'morning', f.today - WEEK + 1, f.today + 1).length;
  const rests = f.days.filter((d) => d.day > f.today - WEEK && d.morning !== undefined);
  const unsettled = rests.filter((d) => (d.morning ?? 0) > (d.painAtRest ?? -1)).length;
  return {
    measure: 'irritability',
    text: 'Exercise pain settles quickly: back to the usual level by the next morning every time this week',
    met: mornings >= 2 && unsettled === 0,
    detail: `${mornings - unsettled} of ${mornings} sessions settled by the next morning`,
  };
}

function rangeCheck(f: PhaseExitFacts): CriterionCheck {
  const range = f.goals.filter((g) => g.measure.startsWith('rom:'));
  const short = range.filter((g) => g.latest === null || g.latest.value < g.target * RANGE_SHARE);
  return {
    measure: 'rom',
    text: 'Range at least 80 % of the goal',
    met: short.length === 0,
    detail:
      range.length === 0
        ? 'no range goal set'
        : range.map((g) => `${g.measure} ${g.latest?.value ?? 'not measured'} of ${g.target}`).join(', '),
  };
}

function painDropCheck(f: PhaseExitFacts): CriterionCheck {
  const nprs = f.measures.filter((m) => m.measure === 'nprs');
  const first = nprs[0];
  const last = nprs.at(-1);
  const change = first && last && first !== last ? isMeaningfulChange('nprs', first.value, last.value) : null;
  return {
    measure: 'nprs',
    text: 'Pain during the aggravating activity down by the MCID (2 points or 30 %)',
    met: change?.decision === 'improved',
    detail: first && last ? `NPRS ${first.value} → ${last.value}` : 'NPRS not re-measured',
  };
}

function mainOutcomeCheck(f: PhaseExitFacts): CriterionCheck {
  const main = f.goals.map((g) => ZInstrumentId.safeParse(g.measure)).find((r) => r.success && r.data !== 'nprs')?.data;
  const series = main ? f.measures.filter((m) => m.measure === main) : [];
  const first = series[0];
  const last = series.at(-1);
  const change = main && first && last && first !== last ? isMeaningfulChange(main, first.value, last.value) : null;
  return {
    measure: 'outcome',
    text: 'Meaningful change (MCID) on the main outcome measure',
    met: change?.decision === 'improved',
    detail: main
      ? first && last
        ? `${main} ${first.value} → ${last.value}`
        : `${main} not re-measured`
      : 'no questionnaire goal set',
  };
}

/** The criteria of a phase, checked; null for maintenance, which has no exit but discharge follow-up. */
export function checkPhaseExit(f: PhaseExitFacts): CriterionCheck[] | null {
  switch (f.phase) {
    case 'settle':
      return [
        mostDays(f, 'painAtRest', (v) => v <= SETTLED_REST_PAIN, 'nprs', 'Pain at rest ≤4/10 on most days'),
        settledCheck(f),
        mostDays(f, 'sleep', (v) => v >= GOOD_SLEEP, 'sleep', 'Sleep no longer disturbed by pain most nights (≥6/10)'),
      ];
    case 'restore': {
      const loose = f.controlled.filter((c) => !c.ok).map((c) => c.exercise);
      return [
        rangeCheck(f),
        {
          measure: 'motor_control',
          text: 'Every exercise done in full within pain limits in its last two sessions',
          met: f.controlled.length > 0 && loose.length === 0,
          detail: loose.length === 0 ? `${f.controlled.length} exercises` : `not yet: ${loose.join(', ')}`,
        },
        painDropCheck(f),
      ];
    }
    case 'load': {
      const behind = f.goals.filter((g) => g.decision !== 'met' && g.decision !== 'on_track');
      return [
        {
          measure: 'goals',
          text: 'SMART goals met or on track',
          met: f.goals.length > 0 && behind.length === 0,
          detail:
            f.goals.length === 0
              ? 'no goals set'
              : behind.length === 0
                ? `all ${f.goals.length} goals`
                : `not yet: ${behind.map((g) => g.measure).join(', ')}`,
        },
        mainOutcomeCheck(f),
        {
          measure: 'adherence',
          text: 'Home program done on at least 4 days a week',
          met: f.homeDays14 >= HOME_DAYS_14,
          detail: `home log on ${f.homeDays14} of the last 14 days`,
        },
      ];
    }
    case 'maintain':
      return null;
  }
}

export const nextPhase = (phase: PhaseId): PhaseId =>
  PHASE_ORDER[Math.min(PHASE_ORDER.indexOf(phase) + 1, PHASE_ORDER.length - 1)] ?? phase;
export const previousPhase = (phase: PhaseId): PhaseId =>
  PHASE_ORDER[Math.max(PHASE_ORDER.indexOf(phase) - 1, 0)] ?? phase;

/** phase_ready when every criterion is met. */
export function phaseReady(phase: PhaseId, checks: readonly CriterionCheck[]): Decision<'phase_ready'> | null {
  if (checks.length === 0 || checks.some((c) => !c.met)) return null;
  const next = nextPhase(phase);
  return {
    decision: 'phase_ready',
    ruleId: 'episode.phase_ready',
    rationale: `Every exit criterion of "${PHASES[phase].title}" is met (${checks.map((c) => c.detail).join('; ')}): ready to move on to "${PHASES[next].title}".`,
    inputs: { phase, next, criteria: checks },
  };
}

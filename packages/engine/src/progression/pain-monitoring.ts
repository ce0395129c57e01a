// Judging one logged session of one exercise: the pain-monitoring model, the dose done and the effort it took.
import type { Decision } from '../decision.ts';
import { PAIN_CEILING, unitOf, type ExerciseLog, type Prescription } from './history.ts';

/** RPE of 9–10 (0–1 reps in reserve) asks for less load; 8 is the target; ≤7 leaves room to add (Zourdos 2016; Helms 2016). */
export const EFFORT_TOO_HIGH = 9;
export const EFFORT_TARGET = 8;
/** [P] A load stays at least a week before the next rise, so the week-to-week morning check can see it (Silbernagel 2007). */
export const MIN_DAYS_BETWEEN_CHANGES = 7;

export interface PainLimitsInput {
  during: number;
  after?: number | undefined;
  settledNextMorning: boolean;
  morningThisWeek: number | null;
  morningLastWeek: number | null;
}

/**
 * The binding rule of the pain-monitoring model (Silbernagel et al. 2007): during ≤ ceiling, after ≤ ceiling, settled by the
 * next morning, and morning pain not higher this week than last. Without an earlier week there is no rise to see.
 */
export function withinPainLimits(r: PainLimitsInput, ceiling = PAIN_CEILING): boolean {
  const rose = r.morningThisWeek !== null && r.morningLastWeek !== null && r.morningThisWeek > r.morningLastWeek;
  return r.during <= ceiling && (r.after ?? 0) <= ceiling && r.settledNextMorning && !rose;
}

export type SessionDecision = 'progress' | 'hold' | 'regress';
export const SESSION_DECISIONS: readonly SessionDecision[] = ['progress', 'hold', 'regress'];

export interface SessionFacts {
  prescription: Prescription;
  log: ExerciseLog;
  /** Pain at rest that day (or the client's usual), which next-morning pain must be back to. */
  restBefore: number;
  /** Mean next-morning pain this week and the week before (null: nothing logged). */
  morningThisWeek: number | null;
  morningLastWeek: number | null;
  /** The previous logged session of this exercise qualified too (two in a row before a rise: NSCA "2-for-2"). */
  qualifiedBefore: boolean;
  daysSinceChange: number;
  /** An episode state that allows no rise now (deload week, flare). */
  blocked: { ruleId: string; why: string } | null;
}

export interface SessionJudgement {
  decision: Decision<SessionDecision>;
  /** Met every condition for a rise (pain, response, dose, effort): counts toward the next session's two in a row. */
  qualifies: boolean;
}

/** How much of the prescribed dose was done, as a fraction (1 = all of it). */
export function completion(p: Prescription, log: ExerciseLog): number {
  if (log.done === null) return 0;
  const unit = unitOf(p);
  const prescribed = p.sets * (p[unit] ?? 0);
  const done = log.done.sets * (log.done[unit] ?? 0);
  return prescribed === 0 ? 1 : done / prescribed;
}

const judged = (
  decision: SessionDecision,
  ruleId: string,
  rationale: string,
  inputs: Record<string, unknown>,
  qualifies: boolean,
): SessionJudgement => ({ decision: { decision, ruleId, rationale, inputs }, qualifies });

/**
 * Progress, hold or regress for one session, by rule in this order (docs/rules.md, progress.*): not done → hold;
 * pain over the ceiling during or after, not settled by the next morning, morning pain rising week to week, or effort
 * at 9–10 → regress; response not yet known, dose not completed, effort at the target, an episode state, a first good
 * session or a change less than a week old → hold; otherwise progress.
 */
export function judgeSession(f: SessionFacts): SessionJudgement {
  const { prescription: p, log } = f;
  const ceiling = p.painCeiling;
  const done = completion(p, log);
  const inputs: Record<string, unknown> = {
    painCeiling: ceiling,
    painDuring: log.painDuring ?? null,
    painAfter: log.painAfter ?? null,
    painNextMorning: log.painNextMorning ?? null,
    restBefore: f.restBefore,
    morningThisWeek: f.morningThisWeek,
    morningLastWeek: f.morningLastWeek,
    completion: done,
    effort: log.effort ?? null,
    qualifiedBefore: f.qualifiedBefore,
    daysSinceChange: f.daysSinceChange,
  };
  if (log.done === null || log.done.sets === 0) {
    return judged(
      'hold',
      'progress.not_done',
      'Not done this time; a missed session is never counted as a success, so the dose stays.',
      inputs,
      false,
    );
  }
  const during = log.painDuring ?? 0;
  const over: string[] = [];
  const rules: string[] = [];
  if (during > ceiling) {
    rules.push('progress.pain_during');
    over.push(`pain during reached ${during}/10, above the ${ceiling}/10 ceiling`);
  }
  if (log.painAfter !== undefined && log.painAfter > ceiling) {
    rules.push('progress.pain_after');
    over.push(`pain after reached ${log.painAfter}/10, above the ${ceiling}/10 ceiling`);
  }
  if (log.painNextMorning !== undefined && log.painNextMorning > f.restBefore) {
    rules.push('progress.not_settled');
    over.push(`next-morning pain (${log.painNextMorning}/10) had not settled back to the usual ${f.restBefore}/10`);
  }
  if (f.morningThisWeek !== null && f.morningLastWeek !== null && f.morningThisWeek > f.morningLastWeek) {
    rules.push('progress.morning_rise');
    over.push(`morning pain rose week to week (${round1(f.morningLastWeek)} → ${round1(f.morningThisWeek)})`);
  }
  if (log.effort !== undefined && log.effort >= EFFORT_TOO_HIGH) {
    rules.push('progress.effort_high');
    over.push(`effort was ${log.effort}/10, at or near the limit`);
  }
  const [first] = rules;
  if (first !== undefined) {
    return judged(
      'regress',
      first,
      `Step back: ${over.join('; ')} (pain-monitoring model, Silbernagel 2007).`,
      { ...inputs, rules },
      false,
    );
  }
  if (log.painNextMorning === undefined) {
    return judged(
      'hold',
      'progress.response_unknown',
      'Pain stayed within limits, but the next-morning response is not logged yet, so this session cannot count as a success.',
      inputs,
      false,
    );
  }
  if (done < 1) {
    return judged(
      'hold',
      'progress.incomplete',
      `${Math.round(done * 100)} % of the prescribed dose was done; the dose stays until it is completed.`,
      inputs,
      false,
    );
  }
  if (log.effort === EFFORT_TARGET) {
    return judged(
      'hold',
      'progress.effort_target',
      'The dose was done within pain limits at the target effort (8/10, about two reps in reserve): keep it.',
      inputs,
      false,
    );
  }
  if (f.blocked) return judged('hold', f.blocked.ruleId, f.blocked.why, inputs, true);
  if (!f.qualifiedBefore) {
    return judged(
      'hold',
      'progress.consolidate',
      'Done in full within pain limits and settled by the next morning; one more session like this before the dose rises.',
      inputs,
      true,
    );
  }
  if (f.daysSinceChange < MIN_DAYS_BETWEEN_CHANGES) {
    return judged(
      'hold',
      'progress.min_interval',
      `Going well, but the dose changed ${f.daysSinceChange} day${f.daysSinceChange === 1 ? '' : 's'} ago; it stays a week so its effect on morning pain can be seen.`,
      inputs,
      true,
    );
  }
  return judged(
    'progress',
    'progress.within_limits',
    'Two sessions in a row done in full, pain within limits during and after, settled by the next morning and not rising week to week: the dose can rise.',
    inputs,
    true,
  );
}

const round1 = (x: number) => Math.round(x * 10) / 10;

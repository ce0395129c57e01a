import { describe, expect, it } from 'vitest';
import type { ExerciseLog, Prescription } from './history.ts';
import { judgeSession, withinPainLimits, type SessionFacts } from './pain-monitoring.ts';

describe('withinPainLimits (Silbernagel et al. 2007: during ≤5 ∧ after ≤5 ∧ settled ∧ morning this week ≤ last week)', () => {
  const ok = { during: 5, after: 5, settledNextMorning: true, morningThisWeek: 3, morningLastWeek: 3 };
  it.each([
    ['all at the limit', ok, true],
    ['during 6', { ...ok, during: 6 }, false],
    ['after 6', { ...ok, after: 6 }, false],
    ['not settled by the next morning', { ...ok, settledNextMorning: false }, false],
    ['morning pain up week to week', { ...ok, morningThisWeek: 3.1 }, false],
    ['morning pain down week to week', { ...ok, morningThisWeek: 2 }, true],
    ['no earlier week to compare', { ...ok, morningLastWeek: null }, true],
    ['after not recorded', { during: 4, settledNextMorning: true, morningThisWeek: null, morningLastWeek: null }, true],
  ])('%s', (_, input, expected) => {
    expect(withinPainLimits(input)).toBe(expected);
  });
  it('takes a lower ceiling for an irritable client', () => {
    expect(withinPainLimits({ ...ok, during: 4, after: 3 }, 3)).toBe(false);
    expect(withinPainLimits({ ...ok, during: 3, after: 3 }, 3)).toBe(true);
  });
});

const rx: Prescription = {
  exercise: 'glute_bridge',
  sets: 3,
  reps: 10,
  resistance: { kind: 'bodyweight' },
  painCeiling: 5,
  daysPerWeek: 3,
};
const good: ExerciseLog = {
  exercise: 'glute_bridge',
  done: { sets: 3, reps: 10 },
  painDuring: 3,
  painAfter: 3,
  painNextMorning: 2,
  effort: 6,
};
const facts = (log: Partial<ExerciseLog>, more: Partial<SessionFacts> = {}): SessionFacts => ({
  prescription: rx,
  log: { ...good, ...log },
  restBefore: 2,
  morningThisWeek: 2,
  morningLastWeek: 2,
  qualifiedBefore: true,
  daysSinceChange: 7,
  blocked: null,
  ...more,
});

describe('judgeSession: each rule at and around its threshold', () => {
  it.each<[string, SessionFacts, 'progress' | 'hold' | 'regress', string, boolean]>([
    [
      'all within limits, second good session, a week since the change',
      facts({}),
      'progress',
      'progress.within_limits',
      true,
    ],
    ['pain during at the ceiling', facts({ painDuring: 5 }), 'progress', 'progress.within_limits', true],
    ['pain during one over the ceiling', facts({ painDuring: 6 }), 'regress', 'progress.pain_during', false],
    [
      'pain during over a lowered ceiling',
      facts({ painDuring: 4 }, { prescription: { ...rx, painCeiling: 3 } }),
      'regress',
      'progress.pain_during',
      false,
    ],
    ['pain after at the ceiling', facts({ painAfter: 5 }), 'progress', 'progress.within_limits', true],
    ['pain after over the ceiling', facts({ painAfter: 6 }), 'regress', 'progress.pain_after', false],
    ['next morning back to the usual', facts({ painNextMorning: 2 }), 'progress', 'progress.within_limits', true],
    ['next morning one above the usual', facts({ painNextMorning: 3 }), 'regress', 'progress.not_settled', false],
    [
      'morning pain level week to week',
      facts({}, { morningThisWeek: 2, morningLastWeek: 2 }),
      'progress',
      'progress.within_limits',
      true,
    ],
    [
      'morning pain rising week to week',
      facts({}, { morningThisWeek: 2.2, morningLastWeek: 2 }),
      'regress',
      'progress.morning_rise',
      false,
    ],
    ['effort 7 leaves room', facts({ effort: 7 }), 'progress', 'progress.within_limits', true],
    ['effort 8 is the target', facts({ effort: 8 }), 'hold', 'progress.effort_target', false],
    ['effort 9 is too high', facts({ effort: 9 }), 'regress', 'progress.effort_high', false],
    ['effort not rated', facts({ effort: undefined }), 'progress', 'progress.within_limits', true],
    ['not done', facts({ done: null }), 'hold', 'progress.not_done', false],
    ['no sets done', facts({ done: { sets: 0, reps: 10 } }), 'hold', 'progress.not_done', false],
    [
      'next-morning pain not logged yet',
      facts({ painNextMorning: undefined }),
      'hold',
      'progress.response_unknown',
      false,
    ],
    ['one rep short', facts({ done: { sets: 3, reps: 9 } }), 'hold', 'progress.incomplete', false],
    ['one set short', facts({ done: { sets: 2, reps: 10 } }), 'hold', 'progress.incomplete', false],
    ['more than prescribed', facts({ done: { sets: 3, reps: 12 } }), 'progress', 'progress.within_limits', true],
    ['first good session', facts({}, { qualifiedBefore: false }), 'hold', 'progress.consolidate', true],
    ['changed 6 days ago', facts({}, { daysSinceChange: 6 }), 'hold', 'progress.min_interval', true],
    [
      'in a deload week',
      facts({}, { blocked: { ruleId: 'episode.deload_active', why: 'A deload week is running until Sunday.' } }),
      'hold',
      'episode.deload_active',
      true,
    ],
    [
      'pain over the ceiling in a deload week still steps back',
      facts(
        { painDuring: 7 },
        { blocked: { ruleId: 'episode.deload_active', why: 'A deload week is running until Sunday.' } },
      ),
      'regress',
      'progress.pain_during',
      false,
    ],
  ])('%s → %s (%s)', (_, input, decision, ruleId, qualifies) => {
    const judged = judgeSession(input);
    expect(judged.decision.decision).toBe(decision);
    expect(judged.decision.ruleId).toBe(ruleId);
    expect(judged.qualifies).toBe(qualifies);
    expect(judged.decision.rationale.length).toBeGreaterThan(20);
  });

  it('names every limit crossed in one regression', () => {
    const judged = judgeSession(facts({ painDuring: 7, painNextMorning: 5, effort: 10 }));
    expect(judged.decision.inputs.rules).toEqual([
      'progress.pain_during',
      'progress.not_settled',
      'progress.effort_high',
    ]);
    expect(judged.decision.rationale).toMatch(/7\/10.*5\/10.*10\/10/);
  });
});

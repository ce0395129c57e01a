// Over generated cases, the exercise limits of issue 13 hold on every path that puts an exercise in front of a
// client: the plan (visit, home program, treatment blocks, each phase at its own date), every progression step and
// safety swap over weeks of logged sessions, the swaps a review offers, and the discharge program. The oracle reads the
// knowledge's load profiles directly, not the screening rules, so a wrong rule row cannot hide a wrong plan.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseCaseFile, type CaseFile, type CaseFileInput } from '../case-file.ts';
import { addDays, weeksBetween } from '../dates.ts';
import { EXERCISES_BY_ID, type Exercise } from '../knowledge/index.ts';
import { POSE_POSITION } from '../knowledge/pose-positions.ts';
import { homePrescriptions } from '../progression/from-plan.ts';
import { parseHistory, type Entry, type Prescription } from '../progression/history.ts';
import { maintenanceProgram } from '../progression/maintenance.ts';
import { progress } from '../progression/progress.ts';
import { fallRiskReasons } from '../screening/index.ts';
import { arbitraryCase } from '../testing/cases.ts';
import { loadRank, type LoadFeature } from '../vocabulary/index.ts';
import { generatePlan } from './generate-plan.ts';
import type { Plan } from './types.ts';

const AS_OF = '2026-11-02';
type Scenario = 'knee_surgery' | 'pregnant' | 'fall_risk' | 'osteoporosis';

const arbScenario = fc
  .record({
    scenario: fc.constantFrom<Scenario>('knee_surgery', 'pregnant', 'fall_risk', 'osteoporosis'),
    input: arbitraryCase({ redFlags: false }),
    weeks: fc.integer({ min: 0, max: 30 }),
    pregnancyWeeks: fc.option(fc.integer({ min: 6, max: 38 }), { nil: undefined }),
  })
  .map(({ scenario, input, weeks, pregnancyWeeks }): { scenario: Scenario; input: CaseFileInput } => {
    const history = { ...input.history, pregnant: false, surgeries: [] };
    switch (scenario) {
      case 'knee_surgery':
        return {
          scenario,
          input: {
            ...input,
            complaint: { ...input.complaint, regions: ['knee'] },
            history: { ...history, surgeries: [{ region: 'knee', weeksAgo: weeks, kind: 'total knee replacement' }] },
          },
        };
      case 'pregnant':
        return {
          scenario,
          input: {
            ...input,
            client: { ...input.client, age: 32 },
            history: { ...history, pregnant: true, ...(pregnancyWeeks === undefined ? {} : { pregnancyWeeks }) },
          },
        };
      case 'fall_risk':
        return {
          scenario,
          input: { ...input, client: { ...input.client, age: 81 }, history: { ...history, walkingAid: true } },
        };
      case 'osteoporosis':
        return {
          scenario,
          input: { ...input, history: { ...history, conditions: [...(history.conditions ?? []), 'osteoporosis'] } },
        };
    }
  });

/** Why an exercise breaks the scenario's limits `weeksLater` weeks after the intake, read from its load (null: it does not). */
function breach(caseFile: CaseFile, exercise: Exercise, weeksLater: number): string | null {
  const { features } = exercise.load;
  const has = (f: LoadFeature) => features.includes(f);
  const positions = exercise.illustration.keyframes.map((k) => POSE_POSITION[k.pose]);
  const knee = caseFile.history.surgeries.find((s) => s.region === 'knee');
  if (knee) {
    const since = knee.weeksAgo + weeksLater;
    const level = loadRank(exercise.load.regions.knee ?? 'none');
    const cap = since < 6 ? loadRank('light') : since < 12 ? loadRank('moderate') : loadRank('high');
    if (level > cap) return `knee load ${exercise.load.regions.knee ?? ''} ${since} weeks after surgery`;
    if (since < 26 && level > 0 && (has('impact') || has('ballistic')))
      return `impact or ballistic ${since} weeks after surgery`;
  }
  if (caseFile.history.pregnant) {
    const weeks = caseFile.history.pregnancyWeeks;
    if (has('ballistic') || has('impact') || has('valsalva')) return 'ballistic, impact or Valsalva in pregnancy';
    if (positions.includes('prone')) return 'prone in pregnancy';
    if (positions.includes('supine') && (weeks === undefined || weeks + weeksLater >= 20))
      return 'supine after 20 weeks';
  }
  if (fallRiskReasons(caseFile).length > 0) {
    const risky: LoadFeature[] = ['single_leg_balance', 'lunge', 'ballistic', 'impact', 'floor_transfer'];
    const found = risky.find(has);
    if (found !== undefined) return `${found} at high fall risk`;
  }
  if (caseFile.history.conditions.includes('osteoporosis') && (has('end_range_spinal_flexion') || has('ballistic')))
    return 'spinal flexion or ballistic with osteoporosis';
  return null;
}

const expectSafe = (caseFile: CaseFile, id: string, weeksLater: number, where: string) => {
  const exercise = EXERCISES_BY_ID.get(id);
  expect(exercise, `${where}: ${id}`).toBeDefined();
  if (exercise) expect(breach(caseFile, exercise, weeksLater), `${where}: ${id}`).toBeNull();
};

function checkPlan(caseFile: CaseFile, plan: Plan): void {
  const start = [
    ...(plan.visit?.blocks.flatMap((b) => b.items.flatMap((i) => (i.kind === 'exercise' ? [i.exercise] : []))) ?? []),
    ...(plan.homeProgram?.exercises.map((e) => e.exercise) ?? []),
    ...plan.treatmentBlocks.flatMap((b) => (b.exercise === null ? [] : [b.exercise])),
  ];
  for (const id of start) expectSafe(caseFile, id, 0, 'plan start');
  for (const phase of plan.phases)
    for (const id of phase.exercises) expectSafe(caseFile, id, phase.startWeek - 1, `phase ${phase.id}`);
}

/** Weeks of home sessions logged as prescribed, each week against the prescription progression left. */
function replayWeeks(caseFile: CaseFile, plan: Plan, weeks: number) {
  const program = homePrescriptions(plan);
  if (program.length === 0) return null;
  const base = {
    start: AS_OF,
    caseDate: AS_OF,
    phases: plan.phases.map((p) => ({ phase: p.id, start: addDays(AS_OF, (p.startWeek - 1) * 7) })),
    baseline: { painAtRest: 2 },
    case: caseFile,
    prescription: program,
  };
  const entries: Entry[] = [];
  let current: Prescription[] = program;
  let last = null;
  // Replayed after every session: progression may change the prescription between two sessions of a week.
  for (let week = 0; week < weeks; week++) {
    for (const day of [1, 4]) {
      entries.push({
        date: addDays(AS_OF, week * 7 + day),
        source: 'home',
        painAtRest: 1,
        exercises: current.map((p) => ({
          exercise: p.exercise,
          done: {
            sets: p.sets,
            ...(p.reps !== undefined ? { reps: p.reps } : {}),
            ...(p.holdSeconds !== undefined ? { holdSeconds: p.holdSeconds } : {}),
            ...(p.minutes !== undefined ? { minutes: p.minutes } : {}),
          },
          painDuring: 1,
          painNextMorning: 1,
        })),
      });
      const parsed = parseHistory({ ...base, entries });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const report = progress(parsed.value);
      if (!report.ok) throw new Error(JSON.stringify(report.problems));
      current = report.value.prescription;
      last = report.value;
    }
  }
  return last;
}

describe('exercise limits hold on every path (issue 13)', () => {
  test('plan: visit, home program, treatment blocks and every phase at its own date', () => {
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        const parsed = parseCaseFile(input);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        checkPlan(parsed.value, generatePlan(parsed.value, { asOf: AS_OF }));
      }),
      { numRuns: 200 },
    );
  });

  test('progression: every step, safety swap, offered alternative and the discharge program, at its date', () => {
    fc.assert(
      fc.property(arbScenario, ({ input }) => {
        const parsed = parseCaseFile(input);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const caseFile = parsed.value;
        const plan = generatePlan(caseFile, { asOf: AS_OF });
        const report = replayWeeks(caseFile, plan, 12);
        if (report === null) return;
        const dates = [...new Set(report.events.map((e) => e.date))].sort();
        const sessionBefore = (date: string): string => dates.filter((d) => d < date).at(-1) ?? AS_OF;
        for (const event of report.events) {
          const weeksLater = weeksBetween(AS_OF, event.date);
          if (event.scope === 'exercise') {
            // A change is made under the limits of its date; an unchanged prescription was given before it (a limit
            // that starts that day swaps it after the day's logs, as a safety_swap event of its own).
            const when = event.step === null ? weeksBetween(AS_OF, sessionBefore(event.date)) : weeksLater;
            expectSafe(caseFile, event.after.exercise, when, `${event.ruleId} on ${event.date}`);
            continue;
          }
          const action = event.action;
          if (action.kind === 'review')
            for (const alt of action.alternatives) expectSafe(caseFile, alt.with, weeksLater, `review ${event.date}`);
          if (action.kind === 'restart' || action.kind === 'deload')
            for (const p of action.prescription)
              expectSafe(caseFile, p.exercise, weeksLater, `${action.kind} ${event.date}`);
          if (action.kind === 'discharge')
            for (const p of action.maintenance.exercises) expectSafe(caseFile, p.exercise, weeksLater, 'discharge');
        }
        const at = weeksBetween(AS_OF, report.asOf);
        for (const p of report.prescription) expectSafe(caseFile, p.exercise, at, 'prescription now');
        for (const p of maintenanceProgram(report.prescription, report.asOf).exercises)
          expectSafe(caseFile, p.exercise, at, 'discharge program');
      }),
      { numRuns: 40 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCaseFile, type CaseFileInput } from '../case-file.ts';
import { EXERCISES_BY_ID } from '../knowledge/index.ts';
import { exerciseSafety } from '../plan/exercise-safety.ts';
import { screenCase } from '../screening/index.ts';
import { arbitraryCase } from '../testing/cases.ts';
import { report, simulate, type Scenario, type SimDay } from '../testing/histories.ts';
import { ALWAYS_AVAILABLE } from '../vocabulary/index.ts';
import { parseHistory, RANGE_LEVELS, unitOf, type HistoryInput, type Prescription } from './history.ts';
import { SESSION_DECISIONS } from './pain-monitoring.ts';
import { loadRank } from './prescription.ts';
import { progress } from './progress.ts';
import { EPISODE_DECISIONS, type ExerciseDecision } from './types.ts';

const START = '2026-04-06';
const rating = fc.integer({ min: 0, max: 10 });
/** Mostly comfortable, sometimes anything: so that rises, holds and step-backs all happen. */
const mostlyLow = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) }, { weight: 1, arbitrary: rating });
const simDay: fc.Arbitrary<SimDay | null> = fc.option(
  fc.record(
    {
      source: fc.constantFrom('visit' as const, 'home' as const),
      painAtRest: mostlyLow,
      sleep: rating,
      fatigue: mostlyLow,
      train: fc.constantFrom(true, true, true, false),
      painDuring: mostlyLow,
      painAfter: fc.option(mostlyLow, { nil: undefined }),
      painNextMorning: fc.option(fc.option(mostlyLow, { nil: null, freq: 4 }), { nil: undefined, freq: 2 }),
      effort: fc.option(rating, { nil: undefined }),
      completion: fc.constantFrom(0, 0.5, 1, 1, 1, 1.5),
    },
    { requiredKeys: ['source', 'painDuring'] },
  ),
  { nil: null, freq: 3 },
);

const STARTERS: Prescription[] = [
  {
    exercise: 'glute_bridge',
    sets: 2,
    reps: 12,
    range: 'most',
    resistance: { kind: 'bodyweight' },
    painCeiling: 5,
    daysPerWeek: 3,
  },
  {
    exercise: 'goblet_squat',
    sets: 3,
    reps: 10,
    resistance: { kind: 'weight', kg: 8 },
    painCeiling: 5,
    daysPerWeek: 2,
  },
  {
    exercise: 'walking_10_min',
    sets: 1,
    minutes: 18,
    resistance: { kind: 'bodyweight' },
    painCeiling: 4,
    daysPerWeek: 5,
  },
  {
    exercise: 'clamshell',
    sets: 2,
    reps: 15,
    resistance: { kind: 'band', level: 'light' },
    painCeiling: 3,
    daysPerWeek: 3,
  },
];

const scenarioOf = (
  days: (SimDay | null)[],
  prescription: Prescription[],
  extra: Partial<Scenario> = {},
): Scenario => ({
  start: START,
  weeks: days.length / 7,
  phases: [{ phase: 'load', start: START }],
  baseline: { painAtRest: 3, sleep: 7, fatigue: 3 },
  prescription,
  day: (d) => days[d] ?? null,
  ...extra,
});

const histories = fc
  .record({
    days: fc.array(simDay, { minLength: 21, maxLength: 21 }),
    prescription: fc.subarray(STARTERS, { minLength: 1 }),
  })
  .map(({ days, prescription }) => simulate(scenarioOf(days, prescription)));

const logOf = (history: HistoryInput, e: ExerciseDecision) =>
  history.entries?.[e.entry]?.exercises?.find((l) => l.exercise === e.exercise);

describe('progression properties', () => {
  it('the generated histories exercise every session decision (the properties below are not vacuous)', () => {
    const seen = new Map<string, number>();
    for (const history of fc.sample(histories, { numRuns: 30, seed: 7 })) {
      for (const e of report(history).events) seen.set(e.decision, (seen.get(e.decision) ?? 0) + 1);
    }
    for (const decision of SESSION_DECISIONS) expect(seen.get(decision) ?? 0).toBeGreaterThan(10);
  });

  it('every decision is one of the allowed kinds and says why', () => {
    fc.assert(
      fc.property(histories, (history) => {
        for (const e of report(history).events) {
          if (e.scope === 'exercise') expect(SESSION_DECISIONS).toContain(e.decision);
          else expect(EPISODE_DECISIONS).toContain(e.decision);
          expect(e.ruleId).toMatch(/^(progress|episode)\.[a-z_]+$/);
          expect(e.rationale.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a regression never raises load, volume or range, and a chain step goes to the easier exercise', () => {
    fc.assert(
      fc.property(histories, (history) => {
        for (const e of report(history).events) {
          if (e.scope !== 'exercise' || e.decision !== 'regress') continue;
          const { before, after } = e;
          if (after.exercise !== before.exercise) {
            expect(after.exercise).toBe(EXERCISES_BY_ID.get(before.exercise)?.regression);
            if (before.resistance.kind === 'bodyweight') expect(after.resistance.kind).toBe('bodyweight');
            continue;
          }
          if (after.resistance.kind === before.resistance.kind || after.resistance.kind === 'bodyweight') {
            expect(loadRank(after.resistance)).toBeLessThanOrEqual(loadRank(before.resistance));
          }
          expect(after.sets).toBeLessThanOrEqual(before.sets);
          const unit = unitOf(before);
          expect(after[unit] ?? 0).toBeLessThanOrEqual(before[unit] ?? 0);
          if (before.range && after.range)
            expect(RANGE_LEVELS.indexOf(after.range)).toBeLessThanOrEqual(RANGE_LEVELS.indexOf(before.range));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a missing, incomplete or painful session never counts as a success', () => {
    fc.assert(
      fc.property(histories, (history) => {
        const events = report(history).events;
        for (const e of events) {
          if (e.scope !== 'exercise' || e.decision !== 'progress') continue;
          const log = logOf(history, e);
          expect(log?.done).toBeTruthy();
          expect(log?.painNextMorning).toBeDefined();
          expect(log?.painDuring ?? 11).toBeLessThanOrEqual(e.before.painCeiling);
          const unit = unitOf(e.before);
          expect((log?.done?.sets ?? 0) * (log?.done?.[unit] ?? 0)).toBeGreaterThanOrEqual(
            e.before.sets * (e.before[unit] ?? 0),
          );
          // The session before it, of the same exercise, must have qualified too: never a rise on a first good session.
          const earlier = events.filter(
            (x): x is ExerciseDecision => x.scope === 'exercise' && x.exercise === e.exercise && x.entry < e.entry,
          );
          expect(earlier.at(-1)?.decision).toBe('hold');
        }
      }),
      { numRuns: 40 },
    );
  });

  it('replays deterministically', () => {
    fc.assert(
      fc.property(histories, (history) => {
        expect(report(history)).toEqual(report(structuredClone(history)));
      }),
      { numRuns: 10 },
    );
  });

  it('never moves a client onto an exercise their screening or equipment rules out', () => {
    fc.assert(
      fc.property(
        arbitraryCase({ redFlags: false }),
        fc.array(simDay, { minLength: 21, maxLength: 21 }),
        (input, days) => {
          const parsed = parseCaseFile(input);
          if (!parsed.ok) return;
          const caseFile = parsed.value;
          const screening = screenCase(caseFile);
          const equipment = new Set([...caseFile.equipment, ...ALWAYS_AVAILABLE]);
          const allowed = (id: string) => {
            const exercise = EXERCISES_BY_ID.get(id);
            return !!exercise && exerciseSafety(screening, exercise).allowed;
          };
          const start = STARTERS.filter((p) => allowed(p.exercise));
          if (start.length === 0) return;
          const r = report(simulate(scenarioOf(days, start, { case: input })));
          for (const e of r.events) {
            if (e.scope !== 'exercise' || e.after.exercise === e.before.exercise) continue;
            expect(allowed(e.after.exercise)).toBe(true);
            expect(EXERCISES_BY_ID.get(e.after.exercise)?.equipment.every((q) => equipment.has(q))).toBe(true);
          }
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('replay errors name the field', () => {
  const base: HistoryInput = {
    start: START,
    phases: [{ phase: 'load', start: START }],
    baseline: { painAtRest: 3 },
    prescription: [{ exercise: 'glute_bridge', sets: 2, reps: 12, daysPerWeek: 3 }],
    entries: [
      {
        date: START,
        source: 'home',
        exercises: [{ exercise: 'glute_bridge', done: { sets: 2, reps: 12 }, painDuring: 2 }],
      },
    ],
  };
  const problems = (history: HistoryInput) => {
    const parsed = parseHistory(history);
    if (!parsed.ok) return parsed.problems;
    const result = progress(parsed.value);
    return result.ok ? [] : result.problems;
  };

  it('accepts a consistent history', () => {
    expect(problems(base)).toEqual([]);
  });
  it('refuses a log of an exercise that is not prescribed', () => {
    expect(
      problems({
        ...base,
        entries: [
          {
            date: START,
            source: 'home',
            exercises: [{ exercise: 'clamshell', done: { sets: 2, reps: 12 }, painDuring: 2 }],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'entries[0].exercises[0].exercise',
        message: `"clamshell" is not in the prescription on ${START} (prescribed then: glute_bridge)`,
      },
    ]);
  });
  it('refuses "done" in another unit than the prescription', () => {
    expect(
      problems({
        ...base,
        entries: [
          {
            date: START,
            source: 'home',
            exercises: [{ exercise: 'glute_bridge', done: { sets: 2, holdSeconds: 30 }, painDuring: 2 }],
          },
        ],
      }),
    ).toEqual([
      {
        path: 'entries[0].exercises[0].done',
        message: `glute_bridge is prescribed in reps on ${START}, so "done" must give reps`,
      },
    ]);
  });
  it("refuses a starting prescription the case's screening rules out", () => {
    // Uncontrolled blood pressure caps effort at light: no loaded strength work.
    const caseFile: CaseFileInput = {
      id: 'bp',
      client: { age: 60 },
      complaint: { regions: ['knee'] },
      history: { conditions: ['uncontrolled_hypertension'] },
      pain: { nprs: { current: 4 } },
    };
    const found = problems({
      ...base,
      case: caseFile,
      prescription: [{ exercise: 'goblet_squat', sets: 3, reps: 10, daysPerWeek: 2 }],
      entries: [],
    });
    expect(found).toHaveLength(1);
    expect(found[0]?.path).toBe('prescription[0].exercise');
  });
});

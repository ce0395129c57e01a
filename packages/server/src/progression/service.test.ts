// The progression service's own logic: phases from the plan (or the intake), segments from clinician programs, and
// the derived programs it stores.
import { readFileSync } from 'node:fs';
import { generatePlan, parseCaseFile, type CaseFile, type Prescription, type ProgressReport } from '@tandem/engine';
import { describe, expect, test } from 'vitest';
import type { Episode } from '../db/records.ts';
import { derivedPrograms, historyFor, phaseTimeline, segmentsOf, type EpisodeState } from './service.ts';

function caseOf(name: string): CaseFile {
  const parsed = parseCaseFile(
    JSON.parse(readFileSync(new URL(`../../../../examples/cases/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

const KNEE = caseOf('knee-runner');
const STEP: Prescription = {
  exercise: 'lateral_step_down',
  sets: 2,
  reps: 8,
  daysPerWeek: 3,
  painCeiling: 4,
  resistance: { kind: 'bodyweight' },
};
const WALK: Prescription = {
  exercise: 'walking_10_min',
  sets: 1,
  minutes: 10,
  daysPerWeek: 5,
  painCeiling: 5,
  resistance: { kind: 'bodyweight' },
};

function state(over: Partial<EpisodeState> & { dischargedOn?: string } = {}): EpisodeState {
  const episode: Episode = {
    id: 'e',
    clinicId: 'c',
    clientId: 'k',
    status: over.dischargedOn ? 'discharged' : 'active',
    intake: KNEE,
    startedOn: '2026-09-07',
    dischargedOn: over.dischargedOn ?? null,
    createdAt: '',
  };
  return {
    episode,
    stored: { start: '2026-09-07', case: KNEE, prescription: [STEP, WALK], entries: [], measures: [], goals: [] },
    programs: [{ validFrom: '2026-09-07', origin: 'clinician', program: [STEP, WALK] }],
    plan: null,
    ...over,
  };
}

describe('phases', () => {
  test("come from the plan's weeks, counted from the plan's date; maintenance starts at discharge", () => {
    const plan = generatePlan(KNEE, { asOf: '2026-09-07' });
    expect(phaseTimeline(state({ plan })).map((p) => [p.phase, p.start])).toEqual([
      ['restore', '2026-09-07'],
      ['load', '2026-10-05'],
    ]);
    expect(phaseTimeline(state({ plan, dischargedOn: '2026-11-02' })).map((p) => [p.phase, p.start])).toEqual([
      ['restore', '2026-09-07'],
      ['load', '2026-10-05'],
      ['maintain', '2026-11-02'],
    ]);
  });

  test("without a plan, the intake's irritability picks the phase and its visit rate the intake's preference", () => {
    expect(phaseTimeline(state())).toEqual([{ phase: 'restore', start: '2026-09-07', visitsPerWeek: 1 }]);
  });

  test('a segment starting mid-plan starts in the phase then in force', () => {
    const plan = generatePlan(KNEE, { asOf: '2026-09-07' });
    const s = state({ plan });
    const { input } = historyFor(s, { from: '2026-10-12', to: null, program: [STEP] });
    expect(input.phases).toEqual([{ phase: 'load', start: '2026-10-12' }]);
    expect(input.reassessEvery).toBe(plan.reassessEverySessions);
    expect(input.baseline).toEqual({ painAtRest: 4 });
  });
});

describe('segments', () => {
  test('each clinician program starts one, up to the day before the next; derived programs start none', () => {
    const segments = segmentsOf([
      { validFrom: '2026-09-07', origin: 'clinician', program: [STEP] },
      { validFrom: '2026-09-14', origin: 'progression', program: [{ ...STEP, reps: 10 }] },
      { validFrom: '2026-10-01', origin: 'clinician', program: [WALK] },
    ]);
    expect(segments.map((s) => [s.from, s.to])).toEqual([
      ['2026-09-07', '2026-09-30'],
      ['2026-10-01', null],
    ]);
  });
});

describe('derived programs', () => {
  const report = (events: { date: string; before: Prescription; after: Prescription }[]): ProgressReport => ({
    client: null,
    asOf: '2026-10-01',
    phase: 'restore',
    prescription: [],
    deload: null,
    flare: null,
    goals: [],
    phaseExit: null,
    adherence: { from: '', to: '', prescribed: 0, done: 0, ratio: null },
    events: events.map((e, entry) => ({
      scope: 'exercise',
      entry,
      exercise: e.before.exercise,
      decision: 'progress',
      ruleId: 'r',
      rationale: '',
      inputs: {},
      step: 'volume',
      change: '',
      ...e,
    })),
  });
  const segment = { from: '2026-09-07', to: null, program: [STEP, WALK] };

  test("hold the whole program after each day that changed it; a change on the segment's first day is stored from the next", () => {
    const up = { ...STEP, reps: 10 };
    const programs = derivedPrograms(
      report([
        { date: '2026-09-07', before: STEP, after: up },
        { date: '2026-09-10', before: WALK, after: WALK },
        { date: '2026-09-14', before: WALK, after: { ...WALK, minutes: 12 } },
      ]),
      segment,
      '2026-09-07',
    );
    expect(programs).toEqual([
      { validFrom: '2026-09-08', program: [up, WALK] },
      { validFrom: '2026-09-14', program: [up, { ...WALK, minutes: 12 }] },
    ]);
    expect(
      derivedPrograms(
        report([
          { date: '2026-09-07', before: STEP, after: up },
          { date: '2026-09-14', before: WALK, after: { ...WALK, minutes: 12 } },
        ]),
        segment,
        '2026-09-10',
      ),
    ).toEqual([{ validFrom: '2026-09-14', program: [up, { ...WALK, minutes: 12 }] }]);
  });

  test('a next exercise in the chain takes the slot of the one it replaces', () => {
    const next: Prescription = { ...WALK, exercise: 'walking_20_min', minutes: 20 };
    expect(derivedPrograms(report([{ date: '2026-09-20', before: WALK, after: next }]), segment, '2026-09-07')).toEqual(
      [{ validFrom: '2026-09-20', program: [STEP, next] }],
    );
  });
});

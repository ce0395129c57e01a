// The home program through HTTP: what the client sees on a date, a clinician's new program checked against screening
// and against what has been logged, and a new program starting a new replay that keeps the earlier decisions.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ProgressionDecision } from '../../../db/records.ts';
import { deloadOn } from '../../../services/treatment/deload.ts';
import { episodeOf, fields, openKit, type Kit } from './test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
});
afterAll(async () => {
  await k.t.close();
});

interface Program {
  validFrom: string | null;
  origin: string | null;
  exercises: {
    exercise: string;
    name: string;
    cues: string[];
    reps?: number;
    illustration: { id: string; keyframes: unknown[] };
  }[];
}

const DEAD_BUG = { exercise: 'dead_bug', sets: 2, reps: 8, daysPerWeek: 3 };
const BIRD_DOG = { exercise: 'bird_dog', sets: 2, reps: 6, daysPerWeek: 3 };

describe('setting and reading the home program', () => {
  let episodeId: string;
  beforeAll(async () => {
    episodeId = await episodeOf(k.t, 'lbp-desk-analyst', '2026-11-02');
  });

  test('before any program the client sees an empty one', async () => {
    const res = await k.call(k.client, 'GET', `/episodes/${episodeId}/prescription?on=2026-11-03`);
    expect(res.json()).toMatchObject({ validFrom: null, origin: null, exercises: [], deload: null });
  });

  test('a program is refused field by field: unknown or repeated exercises, a date before the episode', async () => {
    const unknown = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-02',
      exercises: [{ ...DEAD_BUG, exercise: 'levitation' }],
    });
    expect(fields(unknown)).toEqual(['body.exercises[0].exercise']);
    const twice = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-02',
      exercises: [DEAD_BUG, DEAD_BUG],
    });
    expect(fields(twice)).toEqual(['body.exercises[1].exercise']);
    const early = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-10-01',
      exercises: [DEAD_BUG],
    });
    expect(fields(early)).toEqual(['body.validFrom']);
    const noUnit = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-02',
      exercises: [{ exercise: 'dead_bug', sets: 2, daysPerWeek: 3 }],
    });
    expect(fields(noUnit)).toEqual(['body.exercises[0]']);
    expect(await k.t.repo.prescriptions.list(k.t.a.id, episodeId)).toEqual([]);
  });

  test('the client reads the program with names, cues and illustrations', async () => {
    const set = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-02',
      exercises: [DEAD_BUG],
    });
    expect(set.statusCode).toBe(200);
    const res = await k.call(k.client, 'GET', `/episodes/${episodeId}/prescription?on=2026-11-03`);
    const program = res.json<Program>();
    expect(program).toMatchObject({ validFrom: '2026-11-02', origin: 'clinician' });
    expect(program.exercises).toEqual([
      expect.objectContaining({ exercise: 'dead_bug', name: 'Dead bug', reps: 8, painCeiling: 5 }),
    ]);
    expect(program.exercises[0]?.cues.length).toBeGreaterThanOrEqual(2);
    expect(program.exercises[0]?.illustration).toMatchObject({
      id: 'dead_bug',
      keyframes: expect.any(Array) as unknown[],
    });
    expect(
      (await k.call(k.client, 'GET', `/episodes/${episodeId}/prescription?on=2026-11-01`)).json<Program>().exercises,
    ).toEqual([]);
  });

  test('a program that would not fit the sessions already logged is a conflict, and nothing changes', async () => {
    const log = await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, {
      date: '2026-11-05',
      source: 'home',
      painAtRest: 3,
      exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2, painNextMorning: 2 }],
    });
    expect(log.statusCode).toBe(201);
    const res = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-04',
      exercises: [BIRD_DOG],
    });
    expect(res.statusCode).toBe(409);
    expect(fields(res)).toEqual(['body.validFrom']);
    expect(
      (await k.call(k.client, 'GET', `/episodes/${episodeId}/prescription?on=2026-11-06`))
        .json<Program>()
        .exercises.map((e) => e.exercise),
    ).toEqual(['dead_bug']);
  });

  test('a new program starts a new replay from its date; the decisions before it are kept', async () => {
    const set = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-09',
      exercises: [BIRD_DOG, { ...DEAD_BUG, reps: 10 }],
    });
    expect(set.statusCode, set.body).toBe(200);
    const log = await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, {
      date: '2026-11-09',
      source: 'home',
      painAtRest: 3,
      exercises: [
        { exercise: 'bird_dog', done: { sets: 2, reps: 6 }, painDuring: 1, painNextMorning: 2 },
        { exercise: 'dead_bug', done: null },
      ],
    });
    expect(log.statusCode, log.body).toBe(201);
    const progress = (await k.call(k.client, 'GET', `/episodes/${episodeId}/progress`)).json<{
      programFrom: string;
      decisions: { date: string; exercise: string | null }[];
      prescription: { exercise: string }[];
    }>();
    expect(progress.programFrom).toBe('2026-11-09');
    expect(progress.decisions.map((d) => `${d.date} ${d.exercise ?? ''}`)).toEqual([
      '2026-11-05 dead_bug',
      '2026-11-09 bird_dog',
      '2026-11-09 dead_bug',
    ]);
    expect(progress.prescription.map((p) => p.exercise)).toEqual(['bird_dog', 'dead_bug']);
  });

  test('only staff set a program', async () => {
    const res = await k.call(k.client, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-20',
      exercises: [DEAD_BUG],
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('screening', () => {
  test('an exercise the screening rules out is refused, naming it (no lying on the back late in pregnancy)', async () => {
    const episodeId = await episodeOf(k.t, 'pregnancy-pelvic-pain', '2026-11-02');
    const res = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-02',
      exercises: [{ exercise: 'walking_10_min', sets: 1, minutes: 10, daysPerWeek: 5 }, DEAD_BUG],
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['body.exercises[1].exercise']);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(/ruled out for this client by screening/);
    expect(await k.t.repo.prescriptions.list(k.t.a.id, episodeId)).toEqual([]);
  });
});

describe('a deload week', () => {
  const decision = (date: string, kind: string, action: Record<string, unknown> | null): ProgressionDecision => ({
    id: date + kind,
    episodeId: 'e',
    date,
    scope: 'episode',
    exercise: null,
    decision: kind,
    ruleId: `episode.${kind}`,
    rationale: '',
    inputs: {},
    action,
    createdAt: '',
  });
  const lighter = [{ ...DEAD_BUG, sets: 1, resistance: { kind: 'bodyweight' as const }, painCeiling: 5 }];

  test('runs from the fatigue decision to its end, and a flare after it ends it', () => {
    const fatigue = decision('2026-11-10', 'fatigue', { kind: 'deload', until: '2026-11-16', prescription: lighter });
    expect(deloadOn([fatigue], '2026-11-09')).toBeNull();
    expect(deloadOn([fatigue], '2026-11-12')).toEqual({ until: '2026-11-16', prescription: lighter });
    expect(deloadOn([fatigue], '2026-11-17')).toBeNull();
    expect(deloadOn([fatigue, decision('2026-11-12', 'setback', { kind: 'restart' })], '2026-11-13')).toBeNull();
  });
});

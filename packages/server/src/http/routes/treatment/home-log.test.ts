// The home log through HTTP: eight weeks of logs and visits that progress the program, a flare that sets it back, the
// next-morning pain that turns a hold into a rise, and the refusals that store nothing.
import { addDays, generatePlan, setSize, type Prescription } from '@tandem/engine';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { episodeOf, exampleCase, fields, openKit, type Kit } from './test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
});
afterAll(async () => {
  await k.t.close();
});

interface Decision {
  date: string;
  scope: string;
  exercise: string | null;
  decision: string;
  ruleId: string;
  action: Record<string, unknown> | null;
}
interface Created {
  entry: { id: string; date: string; exercises: { exercise: string; prescribed: Record<string, unknown> | null }[] };
  decisions: Decision[];
  problems: unknown[];
}
interface Program {
  validFrom: string | null;
  origin: string | null;
  exercises: (Prescription & { name: string; cues: string[]; illustration: { id: string } })[];
  deload: { exercises: Prescription[] } | null;
}

describe('eight weeks of logs through HTTP', () => {
  const start = '2026-09-07';
  const LEFS = [49, 54, 55, 59, 64];
  const FLARE = { from: 30, to: 33 };
  const program: Prescription[] = [
    {
      exercise: 'lateral_step_down',
      sets: 2,
      reps: 8,
      range: 'partial',
      daysPerWeek: 3,
      perSide: true,
      painCeiling: 4,
      resistance: { kind: 'bodyweight' },
    },
    { exercise: 'sit_to_stand', sets: 2, reps: 8, daysPerWeek: 3, painCeiling: 5, resistance: { kind: 'bodyweight' } },
    {
      exercise: 'quad_stretch_side_lying',
      sets: 3,
      holdSeconds: 30,
      daysPerWeek: 3,
      perSide: true,
      painCeiling: 5,
      resistance: { kind: 'bodyweight' },
    },
    {
      exercise: 'walking_10_min',
      sets: 1,
      minutes: 10,
      daysPerWeek: 5,
      painCeiling: 5,
      resistance: { kind: 'bodyweight' },
    },
  ];
  let episodeId: string;
  const responses: Created[] = [];

  beforeAll(async () => {
    const { t } = k;
    episodeId = await episodeOf(t, 'knee-runner', start);
    await t.repo.plans.addVersion(t.a.id, {
      episodeId,
      version: 1,
      document: generatePlan(exampleCase('knee-runner'), { asOf: start }),
      createdBy: t.a.clinician.id,
    });
    const set = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: start,
      exercises: program,
    });
    expect(set.statusCode, set.body).toBe(200);
    await t.repo.goals.replace(t.a.id, episodeId, [
      { measure: 'lefs', description: 'LEFS from 49 to 65', baseline: 49, target: 65, date: addDays(start, 56) },
    ]);
    for (let d = 0; d < 56; d++) {
      const date = addDays(start, d);
      if (d % 14 === 0)
        await t.repo.measures.add(t.a.id, { episodeId, date, measure: 'lefs', value: LEFS[d / 14] ?? 60 });
      const visit = d % 7 === 1 || d % 7 === 4;
      if (!visit && d % 7 === 6) continue; // a rest day: nothing logged
      const flare = d >= FLARE.from && d <= FLARE.to;
      const pain = flare ? 6 : d < 14 ? 3 : 2;
      // Log against whatever the server prescribes that day, as a client following the app would.
      const today = (await k.call(k.client, 'GET', `/episodes/${episodeId}/prescription?on=${date}`)).json<Program>();
      const doses = today.deload?.exercises ?? today.exercises;
      const exercises = doses.map((p) => ({
        exercise: p.exercise,
        done: { sets: p.sets, ...setSize(p) },
        painDuring: pain,
        painNextMorning: pain,
        effort: 6,
      }));
      const res = visit
        ? await k.call(k.clinician, 'POST', `/episodes/${episodeId}/visits`, {
            date,
            painAtRest: pain,
            sleep: flare ? 5 : 7,
            fatigue: flare ? 5 : 3,
            exercises,
            soap: {
              subjective: flare ? 'ran 8 km at the weekend' : 'stairs easier',
              objective: 'step-down control improving',
              assessment: 'on track',
              plan: 'continue',
            },
            techniques: [{ technique: 'knee_joint_mobilisation', region: 'knee', minutes: 8 }],
          })
        : await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, {
            date,
            source: 'home',
            painAtRest: pain,
            sleep: flare ? 5 : 7,
            fatigue: flare ? 5 : 3,
            exercises,
          });
      expect(res.statusCode, `${date}: ${res.body.slice(0, 400)}`).toBe(201);
      responses.push(res.json<Created>());
    }
  }, 60_000);

  test('each log answers with the decisions made for its date, and the program rises', async () => {
    const decisions = responses.flatMap((r) => r.decisions);
    expect(responses.every((r) => r.problems.length === 0)).toBe(true);
    expect(decisions.filter((d) => d.decision === 'progress').length).toBeGreaterThan(5);
    expect(decisions.some((d) => d.decision === 'reassess_due')).toBe(true);
    const end = (await k.call(k.client, 'GET', `/episodes/${episodeId}/prescription?on=2026-11-01`)).json<Program>();
    expect(end.origin).toBe('progression');
    expect(end.exercises.map((p) => [p.exercise, p.sets, setSize(p)])).not.toEqual(
      program.map((p) => [p.exercise, p.sets, setSize(p)]),
    );
    expect(end.exercises[0]).toMatchObject({
      name: expect.any(String) as string,
      illustration: { id: end.exercises[0]?.exercise },
    });
    const derived = (await k.t.repo.prescriptions.list(k.t.a.id, episodeId)).filter((p) => p.origin === 'progression');
    expect(new Set(derived.map((p) => p.validFrom)).size).toBeGreaterThan(3);
  });

  test('the flare sets the program back and asks for a check-in', () => {
    const flareDate = addDays(start, FLARE.from);
    const around = responses
      .filter((r) => r.entry.date >= flareDate && r.entry.date <= addDays(start, FLARE.to + 1))
      .flatMap((r) => r.decisions);
    const setback = around.find((d) => d.decision === 'setback');
    expect(setback?.action).toMatchObject({ kind: 'restart', checkInBy: expect.any(String) as string });
    expect(around.some((d) => d.decision === 'regress')).toBe(true);
  });

  test('each exercise log keeps the prescription of its day beside it', () => {
    const last = responses.at(-1);
    expect(last?.entry.exercises.every((e) => e.prescribed !== null)).toBe(true);
  });

  test('decisions stored log by log equal a full replay, and the timeline carries goals, adherence and chart series', async () => {
    const res = await k.call(k.client, 'GET', `/episodes/${episodeId}/progress`);
    expect(res.statusCode).toBe(200);
    const progress = res.json<{
      asOf: string;
      phase: string;
      decisions: Decision[];
      prescription: unknown[];
      goals: { measure: string; status: string; percent: number | null }[];
      adherence: { ratio: number | null } | null;
      series: { pain: { date: string }[]; measures: { measure: string; mcid: number | null; points: unknown[] }[] };
      problems: unknown[];
    }>();
    expect(progress.problems).toEqual([]);
    expect(progress.asOf).toBe(addDays(start, 54)); // day 55 is a rest day
    expect(progress.phase).toBe('load');
    const key = (d: Decision) => `${d.date} ${d.scope} ${d.exercise ?? '-'} ${d.decision} ${d.ruleId}`;
    const stored = await k.t.repo.decisions.list(k.t.a.id, episodeId);
    expect(stored.map(key)).toEqual(progress.decisions.map(key));
    expect(progress.goals).toEqual([expect.objectContaining({ measure: 'lefs', percent: 62.5 })]);
    expect(progress.adherence?.ratio).toBeGreaterThan(0.5);
    expect(progress.series.pain.length).toBe(responses.length);
    expect(progress.series.measures).toEqual([
      expect.objectContaining({
        measure: 'lefs',
        mcid: expect.any(Number) as number,
        points: expect.any(Array) as unknown[],
      }),
    ]);
    expect(progress.series.measures[0]?.points).toHaveLength(4);
  });

  test('the timeline as it stood on an earlier date', async () => {
    const res = await k.call(k.clinician, 'GET', `/episodes/${episodeId}/progress?asOf=${addDays(start, 20)}`);
    const progress = res.json<{
      asOf: string;
      phase: string;
      decisions: Decision[];
      series: { pain: { date: string }[] };
    }>();
    expect(progress.asOf).toBe(addDays(start, 20));
    expect(progress.phase).toBe('restore');
    expect(progress.decisions.every((d) => d.date <= addDays(start, 20))).toBe(true);
    expect(progress.series.pain.every((p) => p.date <= addDays(start, 20))).toBe(true);
  });
});

describe('the next-morning pain', () => {
  const start = '2026-11-02';
  let episodeId: string;
  let held: Created;

  beforeAll(async () => {
    episodeId = await episodeOf(k.t, 'lbp-desk-analyst', start);
    const set = await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: start,
      exercises: [{ exercise: 'dead_bug', sets: 2, reps: 8, daysPerWeek: 3 }],
    });
    expect(set.statusCode, set.body).toBe(200);
    const log = (date: string, morning: number | undefined) =>
      k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, {
        date,
        source: 'home',
        painAtRest: 3,
        sleep: 7,
        fatigue: 3,
        exercises: [
          {
            exercise: 'dead_bug',
            done: { sets: 2, reps: 8 },
            painDuring: 2,
            effort: 6,
            ...(morning === undefined ? {} : { painNextMorning: morning }),
          },
        ],
      });
    for (const date of ['2026-11-02', '2026-11-05']) expect((await log(date, 2)).statusCode).toBe(201);
    const res = await log('2026-11-09', undefined);
    expect(res.statusCode).toBe(201);
    held = res.json<Created>();
  });

  test('a session without its next-morning pain is held', () => {
    expect(held.decisions).toEqual([
      expect.objectContaining({ exercise: 'dead_bug', decision: 'hold', ruleId: 'progress.response_unknown' }),
    ]);
  });

  test('logging the next-morning pain turns the hold into a rise, stored from that date', async () => {
    const res = await k.call(k.client, 'PATCH', `/home-log/${held.entry.id}/next-morning`, {
      exercise: 'dead_bug',
      pain: 2,
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Created & { entry: { exercises: { painNextMorning?: number }[] } }>();
    expect(body.entry.exercises[0]?.painNextMorning).toBe(2);
    expect(body.decisions).toEqual([
      expect.objectContaining({ exercise: 'dead_bug', decision: 'progress', ruleId: 'progress.within_limits' }),
    ]);
    const next = (await k.call(k.client, 'GET', `/episodes/${episodeId}/prescription?on=2026-11-10`)).json<Program>();
    expect(next).toMatchObject({ validFrom: '2026-11-09', origin: 'progression' });
    expect(next.exercises[0]?.reps).toBe(10);
    // The stored decisions were replaced, not added to: one decision for the 9th.
    const stored = await k.t.repo.decisions.list(k.t.a.id, episodeId);
    expect(stored.filter((d) => d.date === '2026-11-09').map((d) => d.decision)).toEqual(['progress']);
  });

  test('the next-morning pain must name an exercise done in the entry', async () => {
    const res = await k.call(k.client, 'PATCH', `/home-log/${held.entry.id}/next-morning`, {
      exercise: 'bird_dog',
      pain: 2,
    });
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['body.exercise']);
  });
});

describe('refusals store nothing', () => {
  const start = '2026-11-02';
  let episodeId: string;
  let otherEpisodeId: string;
  const entries = async (id: string) => (await k.t.repo.homeLog.list(k.t.a.id, id)).length;

  beforeAll(async () => {
    episodeId = await episodeOf(k.t, 'lbp-desk-analyst', start);
    otherEpisodeId = await episodeOf(k.t, 'lbp-desk-analyst', start, k.t.a.other.id);
    for (const id of [episodeId, otherEpisodeId]) {
      const set = await k.call(k.clinician, 'PUT', `/episodes/${id}/prescription`, {
        validFrom: start,
        exercises: [{ exercise: 'dead_bug', sets: 2, reps: 8, daysPerWeek: 3 }],
      });
      expect(set.statusCode).toBe(200);
    }
  });

  const entry = (exercises: unknown[], extra: Record<string, unknown> = {}) => ({
    date: '2026-11-03',
    source: 'home',
    painAtRest: 3,
    exercises,
    ...extra,
  });
  const deadBug = { exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2 };

  test('an exercise not in the program that day is named by its field', async () => {
    const res = await k.call(
      k.client,
      'POST',
      `/episodes/${episodeId}/home-log`,
      entry([deadBug, { exercise: 'bird_dog', done: { sets: 2, reps: 6 }, painDuring: 1 }]),
    );
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['body.exercises[1].exercise']);
    expect(res.json<{ error: { message: string } }>().error.message).toMatch(
      /not in the home program on 2026-11-03 \(prescribed then: dead_bug\)/,
    );
    expect(await entries(episodeId)).toBe(0);
  });

  test('before the first program nothing can be logged as done', async () => {
    const res = await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, {
      ...entry([deadBug]),
      date: '2026-11-01',
    });
    expect(fields(res)).toEqual(['body.date']);
  });

  test("a dose in the wrong unit is refused with the engine's reason", async () => {
    const res = await k.call(
      k.client,
      'POST',
      `/episodes/${episodeId}/home-log`,
      entry([{ exercise: 'dead_bug', done: { sets: 2, holdSeconds: 20 }, painDuring: 2 }]),
    );
    expect(res.statusCode).toBe(400);
    expect(fields(res)).toEqual(['body.exercises[0].done']);
    expect(await entries(episodeId)).toBe(0);
  });

  test('bad values, unknown fields and missing pain are named', async () => {
    const res = await k.call(
      k.client,
      'POST',
      `/episodes/${episodeId}/home-log`,
      entry([{ exercise: 'dead_bug', done: { sets: 2, reps: 8 } }], { painAtRest: 11, mood: 'fine' }),
    );
    expect(res.statusCode).toBe(400);
    expect(fields(res).sort()).toEqual(['body.exercises[0].painDuring', 'body.mood', 'body.painAtRest']);
    const twice = await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, entry([deadBug, deadBug]));
    expect(fields(twice)).toEqual(['body.exercises[1].exercise']);
    expect(await entries(episodeId)).toBe(0);
  });

  test('dates outside the episode or in the future are refused', async () => {
    expect(
      fields(await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, { ...entry([]), date: '2026-10-30' })),
    ).toEqual(['body.date']);
    expect(
      fields(await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, { ...entry([]), date: '2026-11-30' })),
    ).toEqual(['body.date']);
  });

  test("a client logs home sessions only; visits are the clinician's", async () => {
    const res = await k.call(
      k.client,
      'POST',
      `/episodes/${episodeId}/home-log`,
      entry([deadBug], { source: 'visit' }),
    );
    expect(fields(res)).toEqual(['body.source']);
  });

  test("a client cannot post to another client's episode, and another clinic cannot see it", async () => {
    const res = await k.call(k.client, 'POST', `/episodes/${otherEpisodeId}/home-log`, entry([deadBug]));
    expect(res.statusCode).toBe(403);
    const elsewhere = await k.call(k.otherClinic, 'POST', `/episodes/${episodeId}/home-log`, entry([deadBug]));
    expect(elsewhere.statusCode).toBe(404);
    expect(await entries(otherEpisodeId)).toBe(0);
    expect(await entries(episodeId)).toBe(0);
    const denied = await k.t.repo.audit.list(k.t.a.id, { clientId: k.t.a.other.id });
    expect(
      denied.some(
        (e) => e.outcome === 'denied' && e.recordType === 'home_log_entry' && e.actorUserId === k.t.a.clientUser.id,
      ),
    ).toBe(true);
  });

  test('a good entry is stored, listed by period, and audited', async () => {
    const res = await k.call(
      k.client,
      'POST',
      `/episodes/${episodeId}/home-log`,
      entry([deadBug], { note: 'felt fine' }),
    );
    expect(res.statusCode).toBe(201);
    const created = res.json<Created>();
    expect(created.entry.exercises[0]?.prescribed).toMatchObject({ sets: 2, reps: 8 });
    expect(created.decisions).toEqual([
      expect.objectContaining({ decision: 'hold', ruleId: 'progress.response_unknown' }),
    ]);
    const listed = await k.call(k.client, 'GET', `/episodes/${episodeId}/home-log?from=2026-11-03&to=2026-11-03`);
    expect(listed.json<{ id: string }[]>().map((e) => e.id)).toEqual([created.entry.id]);
    expect(
      (await k.call(k.clinician, 'GET', `/episodes/${episodeId}/home-log?from=2026-11-04`)).json<unknown[]>(),
    ).toEqual([]);
    const events = await k.t.repo.audit.list(k.t.a.id, { clientId: k.t.a.client.id });
    expect(
      events.some(
        (e) =>
          e.action === 'create' &&
          e.recordType === 'home_log_entry' &&
          e.recordId === created.entry.id &&
          e.outcome === 'success',
      ),
    ).toBe(true);
  });
});

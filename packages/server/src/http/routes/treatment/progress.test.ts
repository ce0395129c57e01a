// The progress timeline before there is anything to replay, and its chart series (the eight-week run is in
// home-log.test.ts).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { episodeOf, openKit, type Kit } from './test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
});
afterAll(async () => {
  await k.t.close();
});

interface Progress {
  asOf: string | null;
  phase: string;
  programFrom: string | null;
  decisions: unknown[];
  prescription: unknown[];
  goals: unknown[];
  series: {
    pain: { date: string; painAtRest: number | null; painDuring: number | null; sleep: number | null }[];
    measures: {
      measure: string;
      name: string;
      better: string | null;
      mcid: number | null;
      points: { date: string; value: number }[];
    }[];
  };
  problems: unknown[];
}

describe('a new episode', () => {
  test("has no decisions yet; its phase comes from the intake's irritability, and its scores are charted with their MCID", async () => {
    const episodeId = await episodeOf(k.t, 'lbp-desk-analyst', '2026-11-02');
    await k.t.repo.measures.add(k.t.a.id, { episodeId, date: '2026-11-02', measure: 'odi', value: 32 });
    await k.t.repo.measures.add(k.t.a.id, { episodeId, date: '2026-11-02', measure: 'rom:lumbar:flexion', value: 40 });
    const entry = await k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, {
      date: '2026-11-03',
      source: 'home',
      painAtRest: 5,
      sleep: 6,
      fatigue: 4,
    });
    expect(entry.statusCode).toBe(201);
    const res = await k.call(k.client, 'GET', `/episodes/${episodeId}/progress`);
    expect(res.statusCode).toBe(200);
    const progress = res.json<Progress>();
    expect(progress).toMatchObject({
      phase: 'restore',
      programFrom: null,
      decisions: [],
      prescription: [],
      goals: [],
      problems: [],
    });
    expect(progress.series.pain).toEqual([
      { date: '2026-11-03', painAtRest: 5, painDuring: null, painNextMorning: null, sleep: 6, fatigue: 4 },
    ]);
    const odi = progress.series.measures.find((m) => m.measure === 'odi');
    expect(odi).toMatchObject({ better: 'lower', points: [{ date: '2026-11-02', value: 32 }] });
    expect(odi?.mcid).toBeGreaterThan(0);
    expect(progress.series.measures.find((m) => m.measure === 'rom:lumbar:flexion')).toMatchObject({
      name: 'rom:lumbar:flexion',
      mcid: null,
    });
  });
});

describe('several logs on one day', () => {
  test('chart as the worst of the day', async () => {
    const episodeId = await episodeOf(k.t, 'lbp-desk-analyst', '2026-11-02');
    await k.call(k.clinician, 'PUT', `/episodes/${episodeId}/prescription`, {
      validFrom: '2026-11-02',
      exercises: [{ exercise: 'dead_bug', sets: 2, reps: 8, daysPerWeek: 3 }],
    });
    const log = (painAtRest: number, sleep: number, painDuring: number) =>
      k.call(k.client, 'POST', `/episodes/${episodeId}/home-log`, {
        date: '2026-11-04',
        source: 'home',
        painAtRest,
        sleep,
        exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring }],
      });
    expect((await log(3, 7, 2)).statusCode).toBe(201);
    expect((await log(5, 8, 4)).statusCode).toBe(201);
    const progress = (await k.call(k.clinician, 'GET', `/episodes/${episodeId}/progress`)).json<Progress>();
    expect(progress.series.pain).toEqual([
      expect.objectContaining({ date: '2026-11-04', painAtRest: 5, painDuring: 4, sleep: 7 }),
    ]);
    expect(progress.decisions).toHaveLength(2);
  });
});

describe('documentation', () => {
  test('every session route is in the OpenAPI document with its request and response schemas', async () => {
    const doc = (await k.t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<
        string,
        Record<string, { requestBody?: unknown; responses?: Record<string, unknown>; parameters?: unknown[] }>
      >;
    }>();
    const paths = doc.paths;
    for (const path of [
      '/api/v1/episodes/{id}/home-log',
      '/api/v1/home-log/{id}/next-morning',
      '/api/v1/episodes/{id}/visits',
      '/api/v1/visits/{id}',
      '/api/v1/episodes/{id}/progress',
      '/api/v1/episodes/{id}/prescription',
      '/api/v1/appointments',
      '/api/v1/appointments/{id}',
      '/api/v1/clinic',
      '/api/v1/users',
      '/api/v1/users/{id}',
      '/api/v1/audit',
    ]) {
      expect(Object.keys(paths), path).toContain(path);
    }
    expect(JSON.stringify(paths['/api/v1/episodes/{id}/home-log']?.post?.requestBody)).toMatch(/painNextMorning/);
    expect(JSON.stringify(paths['/api/v1/episodes/{id}/visits']?.post?.requestBody)).toMatch(/subjective/);
    expect(JSON.stringify(paths['/api/v1/episodes/{id}/progress']?.get?.responses)).toMatch(/mcid/);
    expect(JSON.stringify(paths['/api/v1/audit']?.get?.parameters)).toMatch(/clientId/);
  });
});

// Goals through HTTP: staff replace them in the engine's shape, a client reads their own.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { careEpisode, openCareApp, problemsOf, type CareApp } from './test-support.ts';

let t: CareApp;
beforeAll(async () => {
  t = await openCareApp();
});
afterAll(async () => {
  await t.close();
});

const GOALS = [
  {
    measure: 'odi',
    description: 'Oswestry from 32 % to 16 %',
    baseline: 32,
    target: 16,
    start: '2026-11-02',
    date: '2026-12-14',
  },
  { measure: 'activity:prolonged_sitting', baseline: 'painful', target: 'pain_free', date: '2027-01-11' },
];

describe('goals', () => {
  test('staff replace the goals; the client reads them; functional statuses are stored as their rank', async () => {
    const id = await careEpisode(t, t.a.client.id);
    expect((await t.call('client', 'GET', `/api/v1/episodes/${id}/goals`)).json()).toEqual([]);
    const put = await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/goals`, GOALS);
    expect(put.statusCode).toBe(200);
    const stored = put.json<{ measure: string; baseline: number; target: number }[]>();
    expect(stored.map((g) => g.measure)).toEqual(['odi', 'activity:prolonged_sitting']);
    expect(stored[1]?.target).toBeGreaterThan(stored[1]?.baseline ?? Infinity);
    expect((await t.call('client', 'GET', `/api/v1/episodes/${id}/goals`)).json()).toEqual(stored);

    const replaced = await t.call('owner', 'PUT', `/api/v1/episodes/${id}/goals`, [GOALS[0]]);
    expect(replaced.json<unknown[]>()).toHaveLength(1);
    expect(await t.repo.goals.list(t.a.id, id)).toHaveLength(1);
    const [event] = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 1 });
    expect(event).toMatchObject({
      action: 'update',
      recordType: 'goal',
      outcome: 'success',
      actorUserId: t.a.owner.id,
    });
  });

  test('a bad goal names its field, and the old goals stay', async () => {
    const id = await careEpisode(t, t.a.client.id);
    await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/goals`, GOALS);
    const put = (body: unknown) => t.call('clinician', 'PUT', `/api/v1/episodes/${id}/goals`, body);
    expect(problemsOf(await put([GOALS[0], { ...GOALS[0], date: '2026-11-01' }]))).toEqual([
      { field: 'body[1].date', message: 'the target date must not be before the start' },
    ]);
    expect(problemsOf(await put([{ ...GOALS[0], measure: 'Oswestry Index' }]))[0]?.field).toBe('body[0].measure');
    expect(problemsOf(await put([{ ...GOALS[0], target: 32 }]))).toEqual([
      { field: 'body[0].target', message: 'the target must differ from the baseline' },
    ]);
    expect(problemsOf(await put([{ ...GOALS[0], colour: 'red' }]))).toEqual([
      { field: 'body[0].colour', message: 'unknown field "colour"' },
    ]);
    expect(problemsOf(await put([{ ...GOALS[0], start: '2026-10-01' }]))).toEqual([
      { field: 'body[0].start', message: 'a goal cannot start before the episode (2026-11-02)' },
    ]);
    expect(await t.repo.goals.list(t.a.id, id)).toHaveLength(2);
  });

  test('a client may not set goals, and after discharge nobody may', async () => {
    const id = await careEpisode(t, t.a.client.id);
    expect((await t.call('client', 'PUT', `/api/v1/episodes/${id}/goals`, GOALS)).statusCode).toBe(403);
    await t.repo.episodes.discharge(t.a.id, id, '2026-12-14');
    expect((await t.call('clinician', 'PUT', `/api/v1/episodes/${id}/goals`, GOALS)).statusCode).toBe(409);
    expect(await t.repo.goals.list(t.a.id, id)).toEqual([]);
  });
});

// The overview routes and list filters on PostgreSQL through HTTP: the attention list, the outcome figures, client
// search and the day's schedule (window functions, correlated subqueries and LIKE behave as on SQLite).
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { openTestApp, type TestApp } from '../../test-app.ts';
import { DEAD_BUG, SESSION_START, sessionIntake } from '../treatment/matrix.ts';

const postgres = inject('postgres');
let t: TestApp;
let owner: Record<string, string>;
let episodeId: string;

beforeAll(async () => {
  if ('error' in postgres) throw new Error(postgres.error);
  let at = Date.parse('2026-11-23T09:00:00.000Z');
  t = await openTestApp({ postgresUrl: postgres.url, now: () => new Date(at++) });
  owner = (await t.signIn(t.a.owner.email)).headers;
  episodeId = (
    await t.repo.episodes.create(t.a.id, { clientId: t.a.client.id, startedOn: SESSION_START, intake: sessionIntake() })
  ).id;
  await t.repo.prescriptions.set(t.a.id, episodeId, SESSION_START, [DEAD_BUG]);
  await t.repo.homeLog.add(t.a.id, {
    episodeId,
    date: '2026-11-03',
    source: 'home',
    exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2 }],
  });
  await t.repo.decisions.record(t.a.id, episodeId, [
    {
      date: '2026-11-20',
      scope: 'episode',
      exercise: null,
      decision: 'reassess_due',
      ruleId: 'episode.reassess_due',
      rationale: 'five visits',
      inputs: {},
    },
  ]);
  for (const [date, value] of [
    [SESSION_START, 40],
    ['2026-11-16', 22],
  ] as const)
    await t.repo.measures.add(t.a.id, { episodeId, date, measure: 'odi', value });
  await t.repo.appointments.create(t.a.id, {
    clientId: t.a.client.id,
    clinicianId: t.a.clinician.id,
    startsAt: '2026-11-23T10:00:00.000Z',
    minutes: 45,
    kind: 'in_person',
  });
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = async <T>(url: string): Promise<T> => {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: owner });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<T>();
};

test('attention: the re-assessment due and the silent home log', async () => {
  const items = await get<{ decision: string; since: string; clientName: string }[]>('/attention');
  expect(items.map((i) => [i.decision, i.since])).toEqual([
    ['no_home_log', '2026-11-03'],
    ['reassess_due', '2026-11-20'],
  ]);
});

test('outcomes: counts and means are numbers, the change on ODI is meaningful', async () => {
  const body = await get<{
    episodes: Record<string, number>;
    primaryMeasure: { measured: number; improved: number };
    visits: { total: number };
    adherence: { mean: number | null };
  }>('/clinic/outcomes');
  expect(body.episodes).toEqual({ total: 1, active: 1, discharged: 0 });
  expect(body.primaryMeasure).toMatchObject({ measured: 1, improved: 1 });
  expect(typeof body.adherence.mean).toBe('number');
});

test('client search ignores case; the schedule carries names', async () => {
  expect((await get<{ name: string }[]>('/clients?q=SECOND')).map((c) => c.name)).toEqual(['Second client of alpha']);
  const day = await get<{ clientName: string; clinicianName: string }[]>(
    `/appointments?from=2026-11-23&to=2026-11-23&clinicianId=${t.a.clinician.id}`,
  );
  expect(day.map((a) => [a.clientName, a.clinicianName])).toEqual([['Client of alpha', 'clinician of alpha']]);
});

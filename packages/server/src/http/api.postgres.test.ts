// The API through HTTP on PostgreSQL: sign-in, a care journey from intake to logged sessions, isolation and audit.
import { inject, test, expect, afterAll } from 'vitest';
import { INTAKE } from './route-matrix.ts';
import { openTestApp, type TestApp } from './test-app.ts';

const postgres = inject('postgres');
let t: TestApp | undefined;
afterAll(async () => {
  await t?.close();
});

test('a journey on PostgreSQL: intake, plan, home log with progression, isolation, audit', async () => {
  if ('error' in postgres) throw new Error(postgres.error);
  t = await openTestApp({ postgresUrl: postgres.url });
  const staff = (await t.signIn(t.a.clinician.email)).headers;
  const call = (
    headers: Record<string, string>,
    method: 'GET' | 'POST',
    url: string,
    payload?: Record<string, unknown>,
  ) => (t as TestApp).app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });

  const episode = await call(staff, 'POST', `/clients/${t.a.client.id}/episodes`, {
    startedOn: '2026-11-02',
    intake: INTAKE,
  });
  expect(episode.statusCode).toBe(201);
  const episodeId = episode.json<{ id: string }>().id;
  const plan = await call(staff, 'POST', `/episodes/${episodeId}/plan/generate`, { date: '2026-11-02' });
  expect(plan.statusCode, plan.body.slice(0, 300)).toBe(201);
  const program = await call(staff, 'GET', `/episodes/${episodeId}/prescription`);
  expect(program.statusCode).toBe(200);
  const body = program.json<{
    exercises?: { exercise: string; sets: number; reps?: number; holdSeconds?: number; minutes?: number }[];
  }>();
  const first = body.exercises?.[0];
  expect(first).toBeDefined();
  if (!first) return;
  const unit =
    first.reps !== undefined
      ? { reps: first.reps }
      : first.holdSeconds !== undefined
        ? { holdSeconds: first.holdSeconds }
        : { minutes: first.minutes ?? 1 };
  const client = (await t.signIn(t.a.clientUser.email)).headers;
  const entry = await call(client, 'POST', `/episodes/${episodeId}/home-log`, {
    date: '2026-11-03',
    source: 'home',
    painAtRest: 3,
    exercises: [{ exercise: first.exercise, done: { sets: first.sets, ...unit }, painDuring: 2, painNextMorning: 3 }],
  });
  expect(entry.statusCode, entry.body.slice(0, 300)).toBe(201);
  const timeline = await call(client, 'GET', `/episodes/${episodeId}/progress`);
  expect(timeline.statusCode).toBe(200);
  expect(JSON.stringify(timeline.json())).toContain(first.exercise);
  // Another clinic cannot see it, and every touch is audited.
  const other = (await t.signIn(t.b.clinician.email)).headers;
  expect((await call(other, 'GET', `/episodes/${episodeId}/progress`)).statusCode).toBe(404);
  const audit = await t.repo.audit.list(t.a.id, { clientId: t.a.client.id, limit: 100 });
  expect(audit.some((e) => e.outcome === 'success' && e.actorUserId === t?.a.clientUser.id)).toBe(true);
}, 60_000);

// Offline sync on PostgreSQL through HTTP: repeats answered from the stored entry, a reused key refused, and a server
// that lost the race (its lookup ran before the winner committed) stopped by the unique index.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Repository } from '../../../db/repository.ts';
import { buildApp } from '../../app.ts';
import { openTestApp, type TestApp } from '../../test-app.ts';
import { DEAD_BUG, SESSION_START, sessionIntake } from './matrix.ts';

const postgres = inject('postgres');
let t: TestApp;
let client: Record<string, string>;
let episodeId: string;

beforeAll(async () => {
  if ('error' in postgres) throw new Error(postgres.error);
  let at = Date.parse('2026-11-23T09:00:00.000Z');
  t = await openTestApp({ postgresUrl: postgres.url, now: () => new Date(at++) });
  client = (await t.signIn(t.a.clientUser.email)).headers;
  episodeId = (
    await t.repo.episodes.create(t.a.id, { clientId: t.a.client.id, startedOn: SESSION_START, intake: sessionIntake() })
  ).id;
  await t.repo.prescriptions.set(t.a.id, episodeId, SESSION_START, [DEAD_BUG]);
}, 60_000);
afterAll(async () => {
  await t.close();
});

const entry = (date: string) => ({
  date,
  source: 'home',
  painAtRest: 3,
  exercises: [{ exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2 }],
});
const send = (key: string, date: string, app = t.app) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/episodes/${episodeId}/home-log`,
    headers: { ...client, 'idempotency-key': key },
    payload: entry(date),
  });
const entriesOn = async (date: string) =>
  (await t.repo.homeLog.list(t.a.id, episodeId, { from: date, to: date })).length;

test('a repeat answers 200 from the stored entry; racing sends store one; the same key with another entry is 409', async () => {
  const key = randomUUID();
  const results = await Promise.all([send(key, '2026-11-03'), send(key, '2026-11-03'), send(key, '2026-11-03')]);
  expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
  expect(new Set(results.map((r) => r.json<{ entry: { id: string } }>().entry.id)).size).toBe(1);
  expect((await send(key, '2026-11-04')).statusCode).toBe(409);
  expect(await entriesOn('2026-11-03')).toBe(1);
  expect(await entriesOn('2026-11-04')).toBe(0);
});

test('a server whose lookup missed the winner meets the unique index and answers from the winner', async () => {
  const key = randomUUID();
  const winner = await send(key, '2026-11-05');
  expect(winner.statusCode).toBe(201);
  let lookups = 0;
  const repo: Repository = {
    ...t.repo,
    homeLog: {
      ...t.repo.homeLog,
      findByIdempotencyKey: (...args) =>
        lookups++ === 0 ? Promise.resolve(undefined) : t.repo.homeLog.findByIdempotencyKey(...args),
    },
  };
  const loser = await buildApp({ repo, now: t.app.now });
  try {
    const res = await send(key, '2026-11-05', loser);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ entry: { id: string } }>().entry.id).toBe(winner.json<{ entry: { id: string } }>().entry.id);
    expect(lookups).toBe(2);
  } finally {
    await loser.close();
  }
  expect(await entriesOn('2026-11-05')).toBe(1);
});

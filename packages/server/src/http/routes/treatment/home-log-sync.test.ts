// Offline sync through HTTP: an entry re-sent with its Idempotency-Key is stored once, whether the repeats come one
// after another, all at once, or from a server that lost the race at the unique index; a reused key is refused.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Repository } from '../../../db/repository.ts';
import { buildApp } from '../../app.ts';
import { episodeOf, fields, openKit, type Kit } from './test-kit.ts';

let k: Kit;
beforeAll(async () => {
  k = await openKit();
});
afterAll(async () => {
  await k.t.close();
});

interface Created {
  entry: { id: string; exercises: { painNextMorning?: number }[] };
  decisions: { decision: string; ruleId: string }[];
  problems: unknown[];
}

const START = '2026-11-02';
const deadBug = { exercise: 'dead_bug', done: { sets: 2, reps: 8 }, painDuring: 2 };
const entry = (date = '2026-11-03', extra: Record<string, unknown> = {}) => ({
  date,
  source: 'home',
  painAtRest: 3,
  exercises: [deadBug],
  ...extra,
});

async function programmed(clientId = k.t.a.client.id): Promise<string> {
  const id = await episodeOf(k.t, 'lbp-desk-analyst', START, clientId);
  const set = await k.call(k.clinician, 'PUT', `/episodes/${id}/prescription`, {
    validFrom: START,
    exercises: [{ exercise: 'dead_bug', sets: 2, reps: 8, daysPerWeek: 3 }],
  });
  expect(set.statusCode, set.body).toBe(200);
  return id;
}

const send = (episodeId: string, key: string | null, body: unknown, who = k.client) =>
  k.call(
    { ...who, ...(key === null ? {} : { 'Idempotency-Key': key }) },
    'POST',
    `/episodes/${episodeId}/home-log`,
    body,
  );
const count = async (episodeId: string) => (await k.t.repo.homeLog.list(k.t.a.id, episodeId)).length;

describe('a home-log entry re-sent with its Idempotency-Key', () => {
  test('is stored once: the repeat answers 200 with the stored entry and its decisions', async () => {
    const episodeId = await programmed();
    const key = randomUUID();
    const first = await send(episodeId, key, entry());
    expect(first.statusCode, first.body).toBe(201);
    const again = await send(episodeId, key, entry());
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<Created>()).toEqual(first.json<Created>());
    expect(await count(episodeId)).toBe(1);
    const events = await k.t.repo.audit.list(k.t.a.id, { clientId: k.t.a.client.id, limit: 5 });
    expect(events[0]).toMatchObject({
      action: 'read',
      recordType: 'home_log_entry',
      recordId: first.json<Created>().entry.id,
      outcome: 'success',
    });
  });

  test("the key is the entry's, whatever the order of the fields it is sent with", async () => {
    const episodeId = await programmed();
    const key = randomUUID();
    expect(
      (await send(episodeId, key, { exercises: [deadBug], painAtRest: 3, source: 'home', date: '2026-11-03' }))
        .statusCode,
    ).toBe(201);
    expect((await send(episodeId, key, entry())).statusCode).toBe(200);
  });

  test('a repeat after the next-morning pain was added answers with the entry as it is now', async () => {
    const episodeId = await programmed();
    const key = randomUUID();
    const first = (await send(episodeId, key, entry())).json<Created>();
    expect(
      (await k.call(k.client, 'PATCH', `/home-log/${first.entry.id}/next-morning`, { exercise: 'dead_bug', pain: 2 }))
        .statusCode,
    ).toBe(200);
    const again = await send(episodeId, key, entry());
    expect(again.statusCode).toBe(200);
    expect(again.json<Created>().entry.exercises[0]?.painNextMorning).toBe(2);
    expect(await count(episodeId)).toBe(1);
  });

  test('the same key with a different entry is 409 naming the header, and nothing is stored', async () => {
    const episodeId = await programmed();
    const key = randomUUID();
    expect((await send(episodeId, key, entry())).statusCode).toBe(201);
    const other = await send(episodeId, key, entry('2026-11-04'));
    expect(other.statusCode).toBe(409);
    expect(fields(other)).toEqual(['headers.idempotency-key']);
    expect(await count(episodeId)).toBe(1);
  });

  test.each([['not-a-uuid'], [''], ['123e4567-e89b-12d3-a456-4266141740000']])(
    'a malformed key %j is 400 naming the header',
    async (key) => {
      const episodeId = await programmed();
      const res = await send(episodeId, key, entry());
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(['headers.idempotency-key']);
      expect(await count(episodeId)).toBe(0);
    },
  );

  test('without a key every send is a new entry, as before', async () => {
    const episodeId = await programmed();
    expect((await send(episodeId, null, entry())).statusCode).toBe(201);
    expect((await send(episodeId, null, entry())).statusCode).toBe(201);
    expect(await count(episodeId)).toBe(2);
  });

  test("a key belongs to its episode: another episode's entry may use it", async () => {
    const key = randomUUID();
    const mine = await programmed();
    const theirs = await programmed(k.t.a.other.id);
    expect((await send(mine, key, entry())).statusCode).toBe(201);
    expect((await send(theirs, key, entry(), k.clinician)).statusCode).toBe(201);
  });

  test('sends racing with one key store one entry', async () => {
    const episodeId = await programmed();
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => send(episodeId, key, entry())));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.json<Created>().entry.id)).size).toBe(1);
    expect(await count(episodeId)).toBe(1);
  });

  test('a server that misses the stored key (another process won the race) meets the unique index and answers from the winner', async () => {
    const episodeId = await programmed();
    const key = randomUUID();
    const winner = await send(episodeId, key, entry());
    expect(winner.statusCode).toBe(201);
    // This server's first lookup runs before the winner's commit: it sees nothing, and tries to insert.
    let lookups = 0;
    const repo: Repository = {
      ...k.t.repo,
      homeLog: {
        ...k.t.repo.homeLog,
        findByIdempotencyKey: (...args) =>
          lookups++ === 0 ? Promise.resolve(undefined) : k.t.repo.homeLog.findByIdempotencyKey(...args),
      },
    };
    const loser = await buildApp({ repo, now: k.t.app.now });
    try {
      const res = await loser.inject({
        method: 'POST',
        url: `/api/v1/episodes/${episodeId}/home-log`,
        headers: { ...k.client, 'idempotency-key': key },
        payload: entry(),
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<Created>().entry.id).toBe(winner.json<Created>().entry.id);
      expect(lookups).toBe(2);
      const conflicting = await loser.inject({
        method: 'POST',
        url: `/api/v1/episodes/${episodeId}/home-log`,
        headers: { ...k.client, 'idempotency-key': key },
        payload: entry('2026-11-05'),
      });
      expect(conflicting.statusCode).toBe(409);
    } finally {
      await loser.close();
    }
    expect(await count(episodeId)).toBe(1);
  });
});

describe('a visit re-sent with its Idempotency-Key', () => {
  const visit = {
    date: '2026-11-04',
    painAtRest: 3,
    exercises: [deadBug],
    soap: { subjective: 'easier mornings', objective: 'flexion 50°', assessment: 'settling', plan: 'continue' },
    techniques: [{ technique: 'gentle_effleurage_back', region: 'lumbar', minutes: 10 }],
  };

  test('is stored once, with its entry; the key of a home-log entry cannot be reused for a visit', async () => {
    const episodeId = await programmed();
    const key = randomUUID();
    const headers = { ...k.clinician, 'idempotency-key': key };
    const first = await k.call(headers, 'POST', `/episodes/${episodeId}/visits`, visit);
    expect(first.statusCode, first.body).toBe(201);
    const again = await k.call(headers, 'POST', `/episodes/${episodeId}/visits`, visit);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect((await k.t.repo.visits.list(k.t.a.id, episodeId)).length).toBe(1);
    expect(await count(episodeId)).toBe(1);
    // A visit's key is taken for home-log entries too, and the other way round.
    expect(fields(await send(episodeId, key, entry()))).toEqual(['headers.idempotency-key']);
    const logged = randomUUID();
    expect((await send(episodeId, logged, entry())).statusCode).toBe(201);
    const reused = await k.call(
      { ...k.clinician, 'idempotency-key': logged },
      'POST',
      `/episodes/${episodeId}/visits`,
      { ...visit, date: '2026-11-05' },
    );
    expect(reused.statusCode).toBe(409);
    expect(fields(reused)).toEqual(['headers.idempotency-key']);
    expect((await k.t.repo.visits.list(k.t.a.id, episodeId)).length).toBe(1);
  });
});

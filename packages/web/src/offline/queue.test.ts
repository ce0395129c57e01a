import { describe, expect, it } from 'vitest';
import { classify, enqueue, flush, memoryStore, type Answer, type NewWrite, type Send, type Write } from './queue.ts';

const entry = (key: string, date = '2026-11-23', userId = 'u1'): NewWrite => ({
  kind: 'entry',
  key,
  userId,
  episodeId: 'e1',
  body: { date, source: 'home', exercises: [] },
});

/** A server that stores entries once per key (as the API does with Idempotency-Key). */
function server(answers: (Answer | 'offline')[] = []) {
  const stored = new Map<string, Write>();
  const calls: string[] = [];
  const send: Send = (write) => {
    calls.push(write.key);
    const next = answers.shift();
    if (next === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    if (next) return Promise.resolve(next);
    const repeat = stored.has(write.key);
    stored.set(write.key, write);
    return Promise.resolve({ status: repeat ? 200 : 201, body: { entry: { id: write.key } } });
  };
  return { send, stored, calls };
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 8, minute));

describe('the log outbox', () => {
  it('classifies answers: 2xx sent, a refusal of the entry rejected, everything else retried', () => {
    expect([200, 201, 204].map(classify)).toEqual(['sent', 'sent', 'sent']);
    expect([400, 404, 409, 422].map(classify)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect([401, 403, 408, 423, 429, 500, 502, 503].map(classify)).toEqual(Array(8).fill('retry'));
  });

  it('keeps entries while offline and sends each once, oldest first, when the connection returns', async () => {
    const store = memoryStore();
    await enqueue(store, entry('b'), at(2));
    await enqueue(store, entry('a'), at(1));
    const offline = server(['offline']);
    const first = await flush(store, offline.send, 'u1');
    expect(first).toEqual([{ key: 'a', outcome: 'waiting', error: expect.stringMatching(/connection/) as unknown }]);
    expect(offline.calls).toEqual(['a']);
    expect((await store.waiting()).map((w) => w.key).sort()).toEqual(['a', 'b']);
    expect((await store.waiting()).find((w) => w.key === 'a')?.lastError).toMatch(/connection/);

    const online = server();
    const second = await flush(store, online.send, 'u1');
    expect(second.map((r) => [r.key, r.outcome])).toEqual([
      ['a', 'sent'],
      ['b', 'sent'],
    ]);
    expect(await store.waiting()).toEqual([]);
    expect([...online.stored.keys()]).toEqual(['a', 'b']);
  });

  it('keeps an entry on a server fault or an ended session, and stops trying the rest until later', async () => {
    for (const status of [500, 503, 401, 403, 429]) {
      const store = memoryStore();
      await enqueue(store, entry('a'), at(1));
      await enqueue(store, entry('b'), at(2));
      const s = server([{ status, body: { error: { message: 'busy' } } }]);
      const results = await flush(store, s.send, 'u1');
      expect(results.map((r) => r.outcome)).toEqual(['waiting']);
      expect(s.calls).toEqual(['a']);
      expect(await store.waiting()).toHaveLength(2);
    }
  });

  it('sets aside an entry the server refuses, with its reason and fields, and goes on with the next', async () => {
    const store = memoryStore();
    await enqueue(store, entry('bad'), at(1));
    await enqueue(store, entry('good'), at(2));
    const problems = [
      { field: 'body.exercises[0].painDuring', message: 'pain during the exercise is needed when it was done' },
    ];
    const s = server([
      { status: 400, body: { error: { code: 'invalid', message: 'body.exercises[0].painDuring: needed', problems } } },
    ]);
    const results = await flush(store, s.send, 'u1');
    expect(results.map((r) => [r.key, r.outcome])).toEqual([
      ['bad', 'rejected'],
      ['good', 'sent'],
    ]);
    expect(await store.waiting()).toEqual([]);
    const [rejected] = await store.rejected();
    expect(rejected?.write.key).toBe('bad');
    expect(rejected?.status).toBe(400);
    expect(rejected?.problems).toEqual(problems);
    await store.removeRejected('bad');
    expect(await store.rejected()).toEqual([]);
  });

  it('sends an entry twice (a lost answer) without storing it twice, thanks to its key', async () => {
    const store = memoryStore();
    await enqueue(store, entry('k'), at(1));
    const s = server();
    // The first send reaches the server but the answer is lost: the entry stays in the outbox.
    const lostAnswer: Send = async (write) => {
      await s.send(write);
      throw new TypeError('connection reset');
    };
    expect((await flush(store, lostAnswer, 'u1'))[0]?.outcome).toBe('waiting');
    const again = await flush(store, s.send, 'u1');
    expect(again).toEqual([{ key: 'k', outcome: 'sent', body: { entry: { id: 'k' } } }]);
    expect(s.calls).toEqual(['k', 'k']);
    expect(s.stored.size).toBe(1);
  });

  it("never sends another user's entries", async () => {
    const store = memoryStore();
    await enqueue(store, entry('theirs', '2026-11-23', 'u2'), at(1));
    const s = server();
    expect(await flush(store, s.send, 'u1')).toEqual([]);
    expect(s.calls).toEqual([]);
    expect(await store.waiting()).toHaveLength(1);
  });
});

// The outbox of log writes made on this device: each waits here until the server has it, so nothing the client
// logged is lost to a bad connection. Pure logic over an injected store and sender (no DOM), tested in queue.test.ts.
//
// An entry leaves the outbox only when the server took it (2xx) or refused the entry itself (400, 404, 409, 422:
// it would be refused again, so it is kept aside with the server's reason for the client to see). Anything else (no
// connection, a timeout, a server fault, a signed-out session) keeps it waiting for the next try. A home-log entry
// carries its own key (the Idempotency-Key header), so sending it twice stores it once.

import type { Body } from '../api/types.ts';

export interface Problem {
  field: string;
  message: string;
}

interface Base {
  /** A UUID made on the device: the entry's Idempotency-Key and the outbox's key. */
  key: string;
  /** Whose entry it is: another user signing in on the same device never sends it. */
  userId: string;
  queuedAt: string;
  /** The last failed try, in words (kept while the item waits). */
  lastError?: string;
}

export interface EntryWrite extends Base {
  kind: 'entry';
  episodeId: string;
  body: Body<'/api/v1/episodes/{id}/home-log', 'post'>;
}

export interface NextMorningWrite extends Base {
  kind: 'next-morning';
  entryId: string;
  date: string;
  body: { exercise: string; pain: number };
}

export type Write = EntryWrite | NextMorningWrite;
export type NewWrite = Omit<EntryWrite, 'queuedAt' | 'lastError'> | Omit<NextMorningWrite, 'queuedAt' | 'lastError'>;

/** A write the server refused, kept with its reason until the client has seen it. */
export interface Rejected {
  write: Write;
  status: number;
  message: string;
  problems: Problem[];
}

export interface OutboxStore {
  waiting: () => Promise<Write[]>;
  put: (write: Write) => Promise<void>;
  remove: (key: string) => Promise<void>;
  rejected: () => Promise<Rejected[]>;
  putRejected: (rejected: Rejected) => Promise<void>;
  removeRejected: (key: string) => Promise<void>;
}

/** What the server answered; `send` throws (any error) when there was no answer at all. */
export interface Answer {
  status: number;
  body: unknown;
}
export type Send = (write: Write) => Promise<Answer>;

export type Result =
  | { key: string; outcome: 'sent'; body: unknown }
  | { key: string; outcome: 'rejected'; rejected: Rejected }
  | { key: string; outcome: 'waiting'; error: string };

/** Refusals of the entry itself: sending it again would be refused again. */
const ENTRY_REFUSED = new Set([400, 404, 409, 410, 413, 422]);

export function classify(status: number): 'sent' | 'rejected' | 'retry' {
  if (status >= 200 && status < 300) return 'sent';
  if (ENTRY_REFUSED.has(status)) return 'rejected';
  return 'retry';
}

interface ErrorBody {
  error?: { message?: unknown; problems?: unknown };
}

function refusal(status: number, body: unknown): { message: string; problems: Problem[] } {
  const e = (body as ErrorBody | null | undefined)?.error;
  const message = typeof e?.message === 'string' ? e.message : `the server answered ${String(status)}`;
  const problems = Array.isArray(e?.problems)
    ? (e.problems as unknown[]).filter(
        (p): p is Problem =>
          typeof p === 'object' &&
          p !== null &&
          typeof (p as Problem).field === 'string' &&
          typeof (p as Problem).message === 'string',
      )
    : [];
  return { message, problems };
}

function retryReason(status: number, body: unknown): string {
  if (status === 401) return 'Your sign-in has ended: sign in again and it will be sent.';
  return `The server could not take it just now (${refusal(status, body).message}); it will try again.`;
}

/** Sorts writes oldest first, so entries reach the server in the order they were logged. */
const byAge = (a: Write, b: Write): number => a.queuedAt.localeCompare(b.queuedAt) || a.key.localeCompare(b.key);

/**
 * Sends the user's waiting writes in order, until one cannot be sent now (the next ones would fail the same way).
 * Each write's fate is stored before the next is tried.
 */
export async function flush(store: OutboxStore, send: Send, userId: string): Promise<Result[]> {
  const results: Result[] = [];
  const mine = (await store.waiting()).filter((w) => w.userId === userId).sort(byAge);
  for (const write of mine) {
    let answer: Answer;
    try {
      answer = await send(write);
    } catch {
      const error = 'No connection: it will be sent when you are back online.';
      await store.put({ ...write, lastError: error });
      results.push({ key: write.key, outcome: 'waiting', error });
      break;
    }
    const fate = classify(answer.status);
    if (fate === 'sent') {
      await store.remove(write.key);
      results.push({ key: write.key, outcome: 'sent', body: answer.body });
    } else if (fate === 'rejected') {
      const rejected: Rejected = { write, status: answer.status, ...refusal(answer.status, answer.body) };
      // Kept aside before it leaves the outbox, so a crash between the two never loses it.
      await store.putRejected(rejected);
      await store.remove(write.key);
      results.push({ key: write.key, outcome: 'rejected', rejected });
    } else {
      const error = retryReason(answer.status, answer.body);
      await store.put({ ...write, lastError: error });
      results.push({ key: write.key, outcome: 'waiting', error });
      break;
    }
  }
  return results;
}

/** Adds a write to the outbox (stored before anything is sent). */
export async function enqueue(store: OutboxStore, write: NewWrite, now: Date): Promise<Write> {
  const stored = { ...write, queuedAt: now.toISOString() } as Write;
  await store.put(stored);
  return stored;
}

/** An in-memory store, for tests and for browsers without IndexedDB. */
export function memoryStore(): OutboxStore {
  const waiting = new Map<string, Write>();
  const rejected = new Map<string, Rejected>();
  return {
    waiting: () => Promise.resolve([...waiting.values()]),
    put: (w) => {
      waiting.set(w.key, w);
      return Promise.resolve();
    },
    remove: (key) => {
      waiting.delete(key);
      return Promise.resolve();
    },
    rejected: () => Promise.resolve([...rejected.values()]),
    putRejected: (r) => {
      rejected.set(r.write.key, r);
      return Promise.resolve();
    },
    removeRejected: (key) => {
      rejected.delete(key);
      return Promise.resolve();
    },
  };
}

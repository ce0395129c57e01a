// The browser's outbox: queue.ts over IndexedDB (idb-keyval) and the API, one flush at a time, with a snapshot React
// reads (waiting and refused writes). Flushes on app start, on the browser's "online" event and after each write.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { api } from '../api/client.ts';
import {
  enqueue,
  flush,
  memoryStore,
  type NewWrite,
  type OutboxStore,
  type Rejected,
  type Result,
  type Write,
} from './queue.ts';

function idbStore(): OutboxStore {
  const waiting: UseStore = createStore('tandem-outbox', 'waiting');
  const refused: UseStore = createStore('tandem-outbox-refused', 'refused');
  return {
    waiting: async () => (await entries<string, Write>(waiting)).map(([, w]) => w),
    put: (w) => set(w.key, w, waiting),
    remove: (key) => del(key, waiting),
    rejected: async () => (await entries<string, Rejected>(refused)).map(([, r]) => r),
    putRejected: (r) => set(r.write.key, r, refused),
    removeRejected: (key) => del(key, refused),
  };
}

const store: OutboxStore = typeof indexedDB === 'undefined' ? memoryStore() : idbStore();

async function send(write: Write): Promise<{ status: number; body: unknown }> {
  const { response, data, error } =
    write.kind === 'entry'
      ? await api.POST('/api/v1/episodes/{id}/home-log', {
          params: { path: { id: write.episodeId } },
          body: write.body,
          headers: { 'Idempotency-Key': write.key },
        })
      : await api.PATCH('/api/v1/home-log/{id}/next-morning', {
          params: { path: { id: write.entryId } },
          body: write.body,
        });
  const body: unknown = data ?? error;
  return { status: response.status, body };
}

export interface OutboxSnapshot {
  waiting: Write[];
  rejected: Rejected[];
  sending: boolean;
}

let snapshot: OutboxSnapshot = { waiting: [], rejected: [], sending: false };
const listeners = new Set<() => void>();
const resultListeners = new Set<(results: Result[]) => void>();

async function refresh(userId: string, sending: boolean): Promise<void> {
  const [waiting, rejected] = await Promise.all([store.waiting(), store.rejected()]);
  snapshot = {
    waiting: waiting.filter((w) => w.userId === userId).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)),
    rejected: rejected.filter((r) => r.write.userId === userId),
    sending,
  };
  for (const listener of listeners) listener();
}

let running: Promise<Result[]> | null = null;
const follow: { again: boolean } = { again: false };
/** Read through a call, so the loop sees a request made while it awaited. */
const askedAgain = (): boolean => follow.again;

/** Sends what waits (one flush at a time; a flush asked for during one runs right after it). */
export function flushOutbox(userId: string): Promise<Result[]> {
  if (running) {
    follow.again = true;
    return running;
  }
  running = (async () => {
    const all: Result[] = [];
    try {
      do {
        follow.again = false;
        await refresh(userId, true);
        all.push(...(await flush(store, send, userId)));
      } while (askedAgain());
    } finally {
      running = null;
      await refresh(userId, false);
    }
    if (all.length > 0) for (const listener of resultListeners) listener(all);
    return all;
  })();
  return running;
}

/** Stores a write on the device, then tries to send it: the result says whether the server has it yet. */
export async function submit(write: NewWrite): Promise<Result> {
  await enqueue(store, write, new Date());
  await refresh(write.userId, snapshot.sending);
  let results = await flushOutbox(write.userId);
  // A flush already under way when this write was stored may have missed it; the follow-up flush has it.
  if (!results.some((r) => r.key === write.key)) results = await flushOutbox(write.userId);
  return (
    results.find((r) => r.key === write.key) ?? {
      key: write.key,
      outcome: 'waiting',
      error: 'It will be sent shortly.',
    }
  );
}

export async function dismissRejected(userId: string, key: string): Promise<void> {
  await store.removeRejected(key);
  await refresh(userId, snapshot.sending);
}

export const loadOutbox = (userId: string): Promise<void> => refresh(userId, snapshot.sending);

export const outbox = {
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  snapshot: (): OutboxSnapshot => snapshot,
  onResults: (listener: (results: Result[]) => void) => {
    resultListeners.add(listener);
    return () => {
      resultListeners.delete(listener);
    };
  },
};

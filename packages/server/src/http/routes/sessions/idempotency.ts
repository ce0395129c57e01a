// Idempotent writes for offline sync: a phone queues a log entry while offline and sends it again until it hears back,
// so a write may carry an Idempotency-Key (a UUID it chose for that entry). The first send stores the key with the
// record; a repeat gets what was stored (200, nothing new); the same key with another request is a conflict.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { StorageError } from '../../../db/errors.ts';
import type { Episode, Idempotency } from '../../../db/records.ts';
import type { Repository } from '../../../db/repository.ts';
import { ApiError } from '../../errors.ts';
import { decisionOut, type Outcome } from './common.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const FIELD = `headers.${IDEMPOTENCY_HEADER}`;

/** The header, when sent; every other header passes through untouched (the schema sees them all). */
export const ZIdempotencyHeaders = z.looseObject({
  [IDEMPOTENCY_HEADER]: z.uuid({ error: 'expected a UUID, such as crypto.randomUUID() makes, one per entry' }).optional(),
});

/** 409 naming the header: the key was used for another request (or by another route). */
export function keyConflict(): ApiError {
  const message = `this ${IDEMPOTENCY_HEADER} was already used for a different request; send a new key for a new entry`;
  return new ApiError('conflict', `${FIELD}: ${message}`, [{ field: FIELD, message }]);
}

/** Key order differs between senders; the hash is of the content. */
const canonical = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v);

/** The key a request carries with a hash of what it asks for (the route's name and the parsed body), or null. */
export function idempotencyOf(headers: Record<string, unknown>, route: string, body: unknown): Idempotency | null {
  const key = headers[IDEMPOTENCY_HEADER];
  if (typeof key !== 'string') return null;
  return { key, hash: createHash('sha256').update(`${route}\n${canonical(body)}`).digest('base64url') };
}

/**
 * Runs `create` once per key. A stored record with the key is answered from (`replayed`), or refused when its request
 * differed. Two sends that both miss the lookup (two servers on one database) meet at the unique index: the loser's
 * transaction rolls back with a conflict, and it answers from the winner's record.
 */
export async function once<T>(
  idempotency: Idempotency | null,
  find: (key: string) => Promise<{ value: T; hash: string } | undefined>,
  create: () => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  if (!idempotency) return { value: await create(), replayed: false };
  const stored = async (): Promise<T | undefined> => {
    const found = await find(idempotency.key);
    if (!found) return undefined;
    if (found.hash !== idempotency.hash) throw keyConflict();
    return found.value;
  };
  const earlier = await stored();
  if (earlier !== undefined) return { value: earlier, replayed: true };
  try {
    return { value: await create(), replayed: false };
  } catch (error) {
    const winner = error instanceof StorageError && error.code === 'conflict' ? await stored() : undefined;
    if (winner === undefined) throw error;
    return { value: winner, replayed: true };
  }
}

/**
 * The outcome a repeat is answered with: the decisions stored for the record's date now (later logs of that day or a
 * next-morning pain may have changed them since the first answer, and the current ones are what the client should see).
 */
export async function storedOutcome(repo: Repository, episode: Episode, date: string): Promise<Outcome> {
  const decisions = await repo.decisions.list(episode.clinicId, episode.id);
  return { decisions: decisions.filter((d) => d.date === date).map(decisionOut), problems: [] };
}

// Idempotent writes for offline sync: a phone queues a log entry while offline and sends it again until it hears back,
// so a write may carry an Idempotency-Key (a UUID it chose for that entry). The first send stores the key with the
// record; a repeat gets what was stored (200, nothing new); the same key with another request is a conflict.
import { StorageError } from '../../db/errors.ts';
import type { Idempotency } from '../../db/records.ts';
import { ApiError } from '../../http/errors.ts';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const FIELD = `headers.${IDEMPOTENCY_HEADER}`;

/** 409 naming the header: the key was used for another request (or by another route). */
export function keyConflict(): ApiError {
  const message = `this ${IDEMPOTENCY_HEADER} was already used for a different request; send a new key for a new entry`;
  return new ApiError('conflict', `${FIELD}: ${message}`, [{ field: FIELD, message }]);
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

// The Idempotency-Key header of the writes an offline phone may send again (see services/treatment/once.ts): its schema, and the
// key with a hash of what the request asks for, which the service stores with the record.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Idempotency } from '../../../db/records.ts';
import { IDEMPOTENCY_HEADER } from '../../../services/treatment/once.ts';
import { canonicalJson } from '../../../canonical-json.ts';

/** The header, when sent; every other header passes through untouched (the schema sees them all). */
export const ZIdempotencyHeaders = z.looseObject({
  [IDEMPOTENCY_HEADER]: z
    .uuid({ error: 'expected a UUID, such as crypto.randomUUID() makes, one per entry' })
    .optional(),
});

/** The key a request carries with a hash of what it asks for (the route's name and the parsed body), or null. */
export function idempotencyOf(headers: Record<string, unknown>, route: string, body: unknown): Idempotency | null {
  const key = headers[IDEMPOTENCY_HEADER];
  if (typeof key !== 'string') return null;
  return {
    key,
    hash: createHash('sha256')
      .update(`${route}\n${canonicalJson(body)}`)
      .digest('base64url'),
  };
}

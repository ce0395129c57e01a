// What every store of the Kysely repository shares: the connection (or open transaction), the clock, ids, and helpers.
import type { Kysely } from 'kysely';
import { StorageError, toStorageError } from '../errors.ts';
import type { Database, JsonText } from '../schema.ts';

export interface Context {
  /** The open transaction when inside one. */
  db: Kysely<Database>;
  /** ISO timestamp. */
  now: () => string;
  newId: () => string;
}

/** Runs work in a transaction (joining one already open) and turns constraint violations into StorageErrors. */
export async function write<T>(ctx: Context, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  try {
    return ctx.db.isTransaction ? await work(ctx.db) : await ctx.db.transaction().execute(work);
  } catch (error) {
    throw toStorageError(error);
  }
}

export const notFound = (what: string, id: string): StorageError =>
  new StorageError('not_found', `${what} ${id} not found`);

/** Throws not_found unless the row exists; for updates that must name a real record. */
export function found<T>(row: T | undefined, what: string, id: string): T {
  if (row === undefined) throw notFound(what, id);
  return row;
}

// Documents are written by this layer from typed values, so reading them back is a cast, not a validation.
export const parseJson = <T>(text: JsonText<T>): T => JSON.parse(text) as T;
export const toJson = <T>(value: T): JsonText<T> => JSON.stringify(value);

/** A copy without the named keys (storage ids off a record, to hand the engine its own shape). */
export function omit<T extends object, K extends keyof T>(record: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(record).filter(([key]) => !(keys as readonly PropertyKey[]).includes(key)),
  ) as Omit<T, K>;
}

/** Drops keys whose value is undefined, so records carry only the optional fields that were stored. */
export function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/** SQL NULL → an absent optional field. */
export const opt = <T>(value: T | null): T | undefined => value ?? undefined;

/** The episode, if it belongs to the clinic; every write below an episode goes through this check. */
export async function episodeOf(db: Kysely<Database>, clinicId: string, episodeId: string) {
  return db
    .selectFrom('episodes')
    .select(['id', 'client_id', 'started_on', 'status'])
    .where('id', '=', episodeId)
    .where('clinic_id', '=', clinicId)
    .executeTakeFirst();
}

export async function requireEpisode(db: Kysely<Database>, clinicId: string, episodeId: string) {
  return found(await episodeOf(db, clinicId, episodeId), 'episode', episodeId);
}

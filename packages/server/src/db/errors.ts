// The one error the storage layer throws on purpose, with a code the HTTP layer maps to a status.
export type StorageErrorCode =
  /** The record does not exist, or belongs to another clinic (the two are indistinguishable on purpose). */
  | 'not_found'
  /** A unique key is taken: an e-mail in use, a plan version written by someone else meanwhile. */
  | 'conflict'
  /** Any other constraint: a value out of range, a reference to a missing row. */
  | 'constraint';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

// SQLite (better-sqlite3) reports SQLITE_CONSTRAINT_*; PostgreSQL reports SQLSTATE class 23.
const UNIQUE_CODES = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']);
const OTHER_CONSTRAINT = /^(SQLITE_CONSTRAINT|23\d{3}$)/;

/** A driver's constraint violation as a StorageError; anything else (a fault, a bug) is returned unchanged. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof StorageError || typeof error !== 'object' || error === null || !('code' in error)) return error;
  const code = String(error.code);
  const message = error instanceof Error ? error.message : code;
  if (UNIQUE_CODES.has(code)) return new StorageError('conflict', message, { cause: error });
  if (OTHER_CONSTRAINT.test(code)) return new StorageError('constraint', message, { cause: error });
  return error;
}

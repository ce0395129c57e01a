// One account per e-mail address, across clinics.
import { StorageError } from '../../db/errors.ts';
import { ApiError } from '../../http/errors.ts';

export const emailTaken = (): ApiError =>
  new ApiError('conflict', 'body.email: an account with this e-mail already exists', [
    { field: 'body.email', message: 'an account with this e-mail already exists' },
  ]);

/** A unique-key violation on create or update is the e-mail (checked first, but two requests may race). */
export function conflictIsEmail(error: unknown): never {
  if (error instanceof StorageError && error.code === 'conflict') throw emailTaken();
  throw error;
}

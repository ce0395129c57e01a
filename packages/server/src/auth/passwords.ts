// Password hashing: argon2id with the OWASP Password Storage Cheat Sheet's first configuration (m=19 MiB, t=2, p=1).
import { hash, verify } from '@node-rs/argon2';

/** OWASP Password Storage Cheat Sheet (2024): argon2id, 19 MiB of memory, 2 iterations, 1 degree of parallelism. */
const ARGON2ID = 2; // Algorithm.Argon2id: the package's const enum cannot be imported under isolatedModules
export const PASSWORD_HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest password accepted (NIST SP 800-63B allows 8; Tandem holds health data and asks for more). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest accepted, so a huge input cannot tie up the hasher. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  // Characters as a person counts them (grapheme clusters), not UTF-16 units.
  const length = Array.from(new Intl.Segmenter().segment(password)).length;
  if (length < MIN_PASSWORD_LENGTH)
    return `the password must be at least ${MIN_PASSWORD_LENGTH} characters (got ${length})`;
  if (length > MAX_PASSWORD_LENGTH) return `the password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (password.trim() === '') return 'the password must not be only spaces';
  return null;
}

/** A PHC string ($argon2id$v=19$m=19456,t=2,p=1$salt$hash) with a fresh random salt. */
export const hashPassword = (password: string): Promise<string> => hash(password, PASSWORD_HASH_OPTIONS);

/** Whether the password matches the stored hash; a malformed hash is a mismatch, not an error. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

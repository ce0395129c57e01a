// The outcomes most access-matrix rows share. They live apart from route-matrix.ts: that file imports every area's
// rows, so a value imported back from it would not exist yet while the cycle loads (the types are erased, so they may).
import type { Caller, Outcome } from './route-matrix.ts';

/** A client's own record: their clinic's staff and the client; another clinic never learns it exists. */
export const OWN_RECORD: Record<Caller, Outcome> = {
  owner: 'ok',
  clinician: 'ok',
  client: 'ok',
  otherClinic: 'not_found',
};
/** Staff of the record's clinic only. */
export const STAFF_ONLY: Record<Caller, Outcome> = {
  owner: 'ok',
  clinician: 'ok',
  client: 'forbidden',
  otherClinic: 'not_found',
};
/** The clinic's owner only (another clinic's owner is refused as not an owner here). */
export const OWNER_ONLY: Record<Caller, Outcome> = {
  owner: 'ok',
  clinician: 'forbidden',
  client: 'forbidden',
  otherClinic: 'forbidden',
};
/** Anyone signed in, each seeing their own clinic's data. */
export const EVERYONE: Record<Caller, Outcome> = { owner: 'ok', clinician: 'ok', client: 'ok', otherClinic: 'ok' };

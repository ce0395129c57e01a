// An account as the API shows it: never the password hash or the failed sign-ins, with the client record of a client
// login.
import type { User } from '../../db/records.ts';

export const userView = (u: User, clientId: string | null) => ({
  id: u.id,
  clinicId: u.clinicId,
  email: u.email,
  name: u.name,
  role: u.role,
  clientId,
  lockedUntil: u.lockedUntil,
  createdAt: u.createdAt,
});

// An owner's change to an account: e-mail, name, role or password. Nobody changes their own role, a client login
// stays a client login, and a new password or role ends the account's other sessions.
import type { z } from 'zod';
import { hashPassword } from '../../auth/passwords.ts';
import type { User, UserChanges } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { invalid } from '../../http/errors.ts';
import { conflictIsEmail, emailTaken } from './email-taken.ts';
import type { ZUserChanges } from './staff-schemas.ts';

export type UserChangeRequest = z.infer<typeof ZUserChanges>;

export interface UserUpdate {
  user: User;
  changes: UserChangeRequest;
  /** The owner making the change. */
  byUserId: string;
}

export async function updateUser(repo: Repository, { user, changes: body, byUserId }: UserUpdate): Promise<User> {
  const roleChanges = body.role !== undefined && body.role !== user.role;
  if (roleChanges && user.id === byUserId)
    throw invalid('body.role', 'you cannot change your own role; another owner can');
  if (roleChanges && (user.role === 'client' || body.role === 'client'))
    throw invalid('body.role', 'a client login cannot become a staff account or the reverse; create a new account');
  if (body.email !== undefined) {
    const holder = await repo.users.findByEmail(body.email);
    if (holder && holder.id !== user.id) throw emailTaken();
  }
  const changes: UserChanges = {
    ...(body.email !== undefined && { email: body.email }),
    ...(body.name !== undefined && { name: body.name }),
    ...(body.role !== undefined && { role: body.role }),
    ...(body.password !== undefined && { passwordHash: await hashPassword(body.password) }),
  };
  const updated = await repo.users.update(user.clinicId, user.id, changes).catch(conflictIsEmail);
  // A new password or role ends the account's other sessions, so an old sign-in keeps nothing it should lose.
  if (user.id !== byUserId && (body.password !== undefined || roleChanges)) await repo.sessions.deleteForUser(user.id);
  return updated;
}

// A new login of the clinic: a staff account, or a client login linked to its client record (which may have one).
// The password is hashed with argon2id; the login and the link are stored together.
import type { z } from 'zod';
import { hashPassword } from '../../auth/passwords.ts';
import type { Client, User } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { ApiError, invalid } from '../../http/errors.ts';
import { conflictIsEmail, emailTaken } from './email-taken.ts';
import type { ZNewUser } from './staff-schemas.ts';

export type NewUserRequest = z.infer<typeof ZNewUser>;

export async function createUser(
  repo: Repository,
  clinicId: string,
  body: NewUserRequest,
): Promise<{ user: User; client: Client | undefined }> {
  if (body.role !== 'client' && body.clientId !== undefined)
    throw invalid('body.clientId', 'only a client login is linked to a client record');
  if (body.role === 'client' && body.clientId === undefined)
    throw invalid('body.clientId', 'a client login belongs to a client record: give its id');
  const client = body.clientId === undefined ? undefined : await repo.clients.get(clinicId, body.clientId);
  if (body.clientId !== undefined && !client) throw invalid('body.clientId', 'no such client in this clinic');
  if (client && client.userId !== null)
    throw new ApiError('conflict', 'body.clientId: this client already has a login', [
      { field: 'body.clientId', message: 'this client already has a login' },
    ]);
  if (await repo.users.findByEmail(body.email)) throw emailTaken();
  const passwordHash = await hashPassword(body.password);
  const user = await repo
    .transaction(async (tx) => {
      const created = await tx.users.create({
        clinicId,
        email: body.email,
        name: body.name,
        role: body.role,
        passwordHash,
      });
      if (client) await tx.clients.update(clinicId, client.id, { userId: created.id });
      return created;
    })
    .catch(conflictIsEmail);
  return { user, client };
}

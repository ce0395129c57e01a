// The clinic and its accounts: anyone signed in reads their clinic; the owner lists, creates and edits logins (a client
// login is linked to its client record). Passwords are hashed with argon2id and never returned.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { hashPassword } from '../../../auth/passwords.ts';
import { StorageError } from '../../../db/errors.ts';
import type { User, UserChanges } from '../../../db/records.ts';
import { actorOf, audit, requireRole } from '../../access.ts';
import { ApiError, invalid, notFound } from '../../errors.ts';
import { ZClinic, ZNewUser, ZUserChanges, ZUserOut } from './schemas.ts';

const ZUserParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

const emailTaken = (): ApiError => new ApiError('conflict', 'body.email: an account with this e-mail already exists', [{ field: 'body.email', message: 'an account with this e-mail already exists' }]);

const userOut = (u: User, clientId: string | null) => ({
  id: u.id, clinicId: u.clinicId, email: u.email, name: u.name, role: u.role, clientId, lockedUntil: u.lockedUntil, createdAt: u.createdAt,
});

/** A unique-key violation on create or update is the e-mail (checked first, but two requests may race). */
function conflictIsEmail(error: unknown): never {
  if (error instanceof StorageError && error.code === 'conflict') throw emailTaken();
  throw error;
}

export const userRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/clinic', { schema: { tags: ['clinic'], response: { 200: ZClinic } } }, async (request) => {
    const clinic = await app.repo.clinics.get(actorOf(request).clinicId);
    if (!clinic) throw notFound('clinic');
    return clinic;
  });

  app.get('/users', { schema: { tags: ['users'], response: { 200: z.array(ZUserOut) } } }, async (request) => {
    audit(request, { action: 'list', recordType: 'user', recordId: null, clientId: null });
    const actor = requireRole(request, 'owner');
    const [users, clients] = await Promise.all([app.repo.users.list(actor.clinicId), app.repo.clients.list(actor.clinicId)]);
    const clientOf = new Map(clients.flatMap((c) => (c.userId === null ? [] : [[c.userId, c.id] as const])));
    return users.map((u) => userOut(u, clientOf.get(u.id) ?? null));
  });

  app.post('/users', { schema: { tags: ['users'], body: ZNewUser, response: { 201: ZUserOut } } }, async (request, reply) => {
    const body = request.body as z.infer<typeof ZNewUser>;
    audit(request, { action: 'create', recordType: 'user', recordId: null, clientId: body.clientId ?? null });
    const actor = requireRole(request, 'owner');
    if (body.role !== 'client' && body.clientId !== undefined) throw invalid('body.clientId', 'only a client login is linked to a client record');
    if (body.role === 'client' && body.clientId === undefined) throw invalid('body.clientId', 'a client login belongs to a client record: give its id');
    const client = body.clientId === undefined ? undefined : await app.repo.clients.get(actor.clinicId, body.clientId);
    if (body.clientId !== undefined && !client) throw invalid('body.clientId', 'no such client in this clinic');
    if (client && client.userId !== null) throw new ApiError('conflict', 'body.clientId: this client already has a login', [{ field: 'body.clientId', message: 'this client already has a login' }]);
    if (await app.repo.users.findByEmail(body.email)) throw emailTaken();
    const passwordHash = await hashPassword(body.password);
    const user = await app.repo.transaction(async (tx) => {
      const created = await tx.users.create({ clinicId: actor.clinicId, email: body.email, name: body.name, role: body.role, passwordHash });
      if (client) await tx.clients.update(actor.clinicId, client.id, { userId: created.id });
      return created;
    }).catch(conflictIsEmail);
    audit(request, { action: 'create', recordType: 'user', recordId: user.id, clientId: client?.id ?? null });
    return reply.status(201).send(userOut(user, client?.id ?? null));
  });

  app.patch('/users/:id', { schema: { tags: ['users'], params: ZUserParams, body: ZUserChanges, response: { 200: ZUserOut } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZUserParams>;
    const body = request.body as z.infer<typeof ZUserChanges>;
    audit(request, { action: 'update', recordType: 'user', recordId: id, clientId: null });
    const actor = requireRole(request, 'owner');
    const [user, client] = await Promise.all([app.repo.users.get(actor.clinicId, id), app.repo.clients.findByUser(actor.clinicId, id)]);
    if (!user) throw notFound('user');
    audit(request, { action: 'update', recordType: 'user', recordId: id, clientId: client?.id ?? null });
    const roleChanges = body.role !== undefined && body.role !== user.role;
    if (roleChanges && user.id === actor.user.id) throw invalid('body.role', 'you cannot change your own role; another owner can');
    if (roleChanges && (user.role === 'client' || body.role === 'client')) throw invalid('body.role', 'a client login cannot become a staff account or the reverse; create a new account');
    if (body.email !== undefined) {
      const holder = await app.repo.users.findByEmail(body.email);
      if (holder && holder.id !== user.id) throw emailTaken();
    }
    const changes: UserChanges = {
      ...(body.email !== undefined && { email: body.email }),
      ...(body.name !== undefined && { name: body.name }),
      ...(body.role !== undefined && { role: body.role }),
      ...(body.password !== undefined && { passwordHash: await hashPassword(body.password) }),
    };
    const updated = await app.repo.users.update(actor.clinicId, id, changes).catch(conflictIsEmail);
    // A new password or role ends the account's other sessions, so an old sign-in keeps nothing it should lose.
    if (user.id !== actor.user.id && (body.password !== undefined || roleChanges)) await app.repo.sessions.deleteForUser(user.id);
    return userOut(updated, client?.id ?? null);
  });
  done();
};

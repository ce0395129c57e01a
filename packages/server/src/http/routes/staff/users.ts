// The clinic and its accounts: anyone signed in reads their clinic; the owner lists, creates and edits logins (a client
// login is linked to its client record). Passwords are hashed with argon2id and never returned.
import { z } from 'zod';
import { clinicUsers } from '../../../services/staff/clinic-users.ts';
import { createUser } from '../../../services/staff/create-user.ts';
import { ZClinic, ZNewUser, ZUserChanges, ZUserOut } from '../../../services/staff/staff-schemas.ts';
import { updateUser } from '../../../services/staff/update-user.ts';
import { userView } from '../../../services/staff/user-view.ts';
import { actorOf, audit, requireRole } from '../../access.ts';
import { notFound } from '../../errors.ts';
import type { ZodRoutes } from '../../zod.ts';

const ZUserParams = z.strictObject({ id: z.uuid({ error: 'expected an id (UUID)' }) });

export const userRoutes: ZodRoutes = (app, _options, done) => {
  app.get('/clinic', { schema: { tags: ['clinic'], response: { 200: ZClinic } } }, async (request) => {
    const clinic = await app.repo.clinics.get(actorOf(request).clinicId);
    if (!clinic) throw notFound('clinic');
    return clinic;
  });

  app.get('/users', { schema: { tags: ['users'], response: { 200: z.array(ZUserOut) } } }, async (request) => {
    audit(request, { action: 'list', recordType: 'user', recordId: null, clientId: null });
    const actor = requireRole(request, 'owner');
    return clinicUsers(app.repo, actor.clinicId);
  });

  app.post(
    '/users',
    { schema: { tags: ['users'], body: ZNewUser, response: { 201: ZUserOut } } },
    async (request, reply) => {
      const { body } = request;
      audit(request, { action: 'create', recordType: 'user', recordId: null, clientId: body.clientId ?? null });
      const actor = requireRole(request, 'owner');
      const { user, client } = await createUser(app.repo, actor.clinicId, body);
      audit(request, { action: 'create', recordType: 'user', recordId: user.id, clientId: client?.id ?? null });
      return reply.status(201).send(userView(user, client?.id ?? null));
    },
  );

  app.patch(
    '/users/:id',
    { schema: { tags: ['users'], params: ZUserParams, body: ZUserChanges, response: { 200: ZUserOut } } },
    async (request) => {
      const { id } = request.params;
      audit(request, { action: 'update', recordType: 'user', recordId: id, clientId: null });
      const actor = requireRole(request, 'owner');
      const [user, client] = await Promise.all([
        app.repo.users.get(actor.clinicId, id),
        app.repo.clients.findByUser(actor.clinicId, id),
      ]);
      if (!user) throw notFound('user');
      audit(request, { action: 'update', recordType: 'user', recordId: id, clientId: client?.id ?? null });
      const updated = await updateUser(app.repo, { user, changes: request.body, byUserId: actor.user.id });
      return userView(updated, client?.id ?? null);
    },
  );
  done();
};

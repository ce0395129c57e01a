// Clients: staff list, create and edit their clinic's clients; a client reads only their own record.
import { nameMatches } from '../../db/records.ts';
import { z } from 'zod';
import { audit, clientFor, isStaff, requireStaff, actorOf } from '../access.ts';
import { ZClient, ZClientChanges, ZClientQuery, ZIdParams, ZNewClient } from '../schemas.ts';
import type { ZodRoutes } from '../zod.ts';

export const clientRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/clients',
    {
      schema: {
        tags: ['clients'],
        description: "The clinic's clients by name; q keeps those whose name contains it, ignoring case.",
        querystring: ZClientQuery,
        response: { 200: z.array(ZClient) },
      },
    },
    async (request) => {
      audit(request, { action: 'list', recordType: 'client', recordId: null, clientId: null });
      const actor = actorOf(request);
      const { q } = request.query;
      if (isStaff(actor)) return app.repo.clients.list(actor.clinicId, q === undefined ? {} : { nameContains: q });
      const own = await app.repo.clients.findByUser(actor.clinicId, actor.user.id);
      return own && (q === undefined || nameMatches(own.name, q)) ? [own] : [];
    },
  );

  app.post(
    '/clients',
    { schema: { tags: ['clients'], body: ZNewClient, response: { 201: ZClient } } },
    async (request, reply) => {
      audit(request, { action: 'create', recordType: 'client', recordId: null, clientId: null });
      const actor = requireStaff(request);
      const client = await app.repo.clients.create(actor.clinicId, request.body);
      audit(request, { action: 'create', recordType: 'client', recordId: client.id, clientId: client.id });
      return reply.status(201).send(client);
    },
  );

  app.get(
    '/clients/:id',
    { schema: { tags: ['clients'], params: ZIdParams, response: { 200: ZClient } } },
    async (request) => {
      const { id } = request.params;
      return clientFor(request, id, 'read');
    },
  );

  app.patch(
    '/clients/:id',
    { schema: { tags: ['clients'], params: ZIdParams, body: ZClientChanges, response: { 200: ZClient } } },
    async (request) => {
      const { id } = request.params;
      await clientFor(request, id, 'update');
      const actor = requireStaff(request);
      return app.repo.clients.update(actor.clinicId, id, request.body);
    },
  );
  done();
};

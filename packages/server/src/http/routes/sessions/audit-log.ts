// The audit log for the clinic owner: who touched which record, when, and with what outcome. Reading it is audited too.
import type { FastifyPluginCallback } from 'fastify';
import { z } from 'zod';
import { audit, requireRole } from '../../access.ts';
import { instant } from './appointments.ts';
import { ZAuditEventOut, ZAuditQuery } from './schemas.ts';

export const auditRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.get('/audit', { schema: { tags: ['audit'], querystring: ZAuditQuery, response: { 200: z.array(ZAuditEventOut) } } }, async (request) => {
    const query = request.query as z.infer<typeof ZAuditQuery>;
    audit(request, { action: 'read', recordType: 'audit_log', recordId: null, clientId: query.clientId ?? null });
    const actor = requireRole(request, 'owner');
    const [events, users] = await Promise.all([
      app.repo.audit.list(actor.clinicId, {
        limit: query.limit,
        ...(query.from !== undefined && { from: instant(query.from, 'start') }),
        ...(query.to !== undefined && { to: instant(query.to, 'end') }),
        ...(query.clientId !== undefined && { clientId: query.clientId }),
      }),
      app.repo.users.list(actor.clinicId),
    ]);
    const byId = new Map(users.map((u) => [u.id, u]));
    return events.map((e) => {
      const who = e.actorUserId === null ? undefined : byId.get(e.actorUserId);
      return {
        id: e.id, at: e.at, action: e.action, recordType: e.recordType, recordId: e.recordId, clientId: e.clientId, outcome: e.outcome, detail: e.detail,
        actor: e.actorUserId === null ? null : { id: e.actorUserId, name: who?.name ?? 'a user of another clinic or a removed account', role: who?.role ?? null },
      };
    });
  });
  done();
};

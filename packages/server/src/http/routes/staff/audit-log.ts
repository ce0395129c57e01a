// The audit log for the clinic owner: who touched which record, when, and with what outcome. Reading it is audited too.
import { z } from 'zod';
import { auditEvents } from '../../../services/staff/audit-events.ts';
import { ZAuditEventOut } from '../../../services/staff/staff-schemas.ts';
import { audit, requireRole } from '../../access.ts';
import { ZId, ZIsoDate } from '../../schemas.ts';
import type { ZodRoutes } from '../../zod.ts';

const ZAuditQuery = z.strictObject({
  from: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  to: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  clientId: ZId.optional(),
  limit: z.coerce.number({ error: 'expected a number' }).int().min(1).max(1000).default(100),
});

export const auditRoutes: ZodRoutes = (app, _options, done) => {
  app.get(
    '/audit',
    { schema: { tags: ['audit'], querystring: ZAuditQuery, response: { 200: z.array(ZAuditEventOut) } } },
    async (request) => {
      const { query } = request;
      audit(request, { action: 'read', recordType: 'audit_log', recordId: null, clientId: query.clientId ?? null });
      const actor = requireRole(request, 'owner');
      return auditEvents(app.repo, actor.clinicId, query);
    },
  );
  done();
};

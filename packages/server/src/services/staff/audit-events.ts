// The clinic's audit log for its owner: who touched which record, when, and with what outcome, each actor by name.
import type { Repository } from '../../db/repository.ts';
import { instant } from '../schedule/instant.ts';

export interface AuditFilter {
  limit: number;
  from?: string | undefined;
  to?: string | undefined;
  clientId?: string | undefined;
}

export async function auditEvents(repo: Repository, clinicId: string, query: AuditFilter) {
  const [events, users] = await Promise.all([
    repo.audit.list(clinicId, {
      limit: query.limit,
      ...(query.from !== undefined && { from: instant(query.from, 'start') }),
      ...(query.to !== undefined && { to: instant(query.to, 'end') }),
      ...(query.clientId !== undefined && { clientId: query.clientId }),
    }),
    repo.users.list(clinicId),
  ]);
  const byId = new Map(users.map((u) => [u.id, u]));
  return events.map((e) => {
    const who = e.actorUserId === null ? undefined : byId.get(e.actorUserId);
    return {
      id: e.id,
      at: e.at,
      action: e.action,
      recordType: e.recordType,
      recordId: e.recordId,
      clientId: e.clientId,
      outcome: e.outcome,
      detail: e.detail,
      actor:
        e.actorUserId === null
          ? null
          : {
              id: e.actorUserId,
              name: who?.name ?? 'a user of another clinic or a removed account',
              role: who?.role ?? null,
            },
    };
  });
}

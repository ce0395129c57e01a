// Appointments, and the audit trail of who touched which client's data.
import type { Kysely, Selectable } from 'kysely';
import type { Appointment, AuditEvent } from '../records.ts';
import type { AppointmentStore, AuditStore } from '../repository.ts';
import type { AppointmentsTable, AuditEventsTable, Database } from '../schema.ts';
import { found, notFound, write, type Context } from './context.ts';

const toAppointment = (r: Selectable<AppointmentsTable>): Appointment => ({
  id: r.id,
  clinicId: r.clinic_id,
  clientId: r.client_id,
  clinicianId: r.clinician_id,
  startsAt: r.starts_at,
  minutes: r.minutes,
  kind: r.kind,
  videoLink: r.video_link,
  status: r.status,
  createdAt: r.created_at,
});

const toAuditEvent = (r: Selectable<AuditEventsTable>): AuditEvent => ({
  id: r.id,
  clinicId: r.clinic_id,
  actorUserId: r.actor_user_id,
  action: r.action,
  recordType: r.record_type,
  recordId: r.record_id,
  clientId: r.client_id,
  at: r.at,
  outcome: r.outcome,
  detail: r.detail,
});

export function appointmentStore(ctx: Context): AppointmentStore {
  const ofClinic = (db: Kysely<Database>, clinicId: string) =>
    db.selectFrom('appointments').selectAll().where('clinic_id', '=', clinicId);
  return {
    async create(clinicId, a) {
      const row = {
        id: ctx.newId(),
        clinic_id: clinicId,
        client_id: a.clientId,
        clinician_id: a.clinicianId,
        starts_at: a.startsAt,
        minutes: a.minutes,
        kind: a.kind,
        video_link: a.videoLink ?? null,
        status: 'scheduled' as const,
        created_at: ctx.now(),
      };
      await write(ctx, async (db) => {
        const client = await db
          .selectFrom('clients')
          .select('id')
          .where('id', '=', a.clientId)
          .where('clinic_id', '=', clinicId)
          .executeTakeFirst();
        if (!client) throw notFound('client', a.clientId);
        const clinician = await db
          .selectFrom('users')
          .select('id')
          .where('id', '=', a.clinicianId)
          .where('clinic_id', '=', clinicId)
          .where('role', 'in', ['owner', 'clinician'])
          .executeTakeFirst();
        if (!clinician) throw notFound('clinician', a.clinicianId);
        await db.insertInto('appointments').values(row).execute();
      });
      return toAppointment(row);
    },
    async get(clinicId, id) {
      const r = await ofClinic(ctx.db, clinicId).where('id', '=', id).executeTakeFirst();
      return r && toAppointment(r);
    },
    async list(clinicId, filter = {}) {
      let q = ofClinic(ctx.db, clinicId);
      if (filter.clientId !== undefined) q = q.where('client_id', '=', filter.clientId);
      if (filter.clinicianId !== undefined) q = q.where('clinician_id', '=', filter.clinicianId);
      if (filter.from !== undefined) q = q.where('starts_at', '>=', filter.from);
      if (filter.to !== undefined) q = q.where('starts_at', '<=', filter.to);
      return (await q.orderBy('starts_at').orderBy('id').execute()).map(toAppointment);
    },
    async schedule(clinicId, filter = {}) {
      let q = ctx.db
        .selectFrom('appointments')
        .innerJoin('clients', 'clients.id', 'appointments.client_id')
        .innerJoin('users', 'users.id', 'appointments.clinician_id')
        .selectAll('appointments')
        .select(['clients.name as client_name', 'users.name as clinician_name'])
        .where('appointments.clinic_id', '=', clinicId);
      if (filter.clientId !== undefined) q = q.where('appointments.client_id', '=', filter.clientId);
      if (filter.clinicianId !== undefined) q = q.where('appointments.clinician_id', '=', filter.clinicianId);
      if (filter.from !== undefined) q = q.where('appointments.starts_at', '>=', filter.from);
      if (filter.to !== undefined) q = q.where('appointments.starts_at', '<=', filter.to);
      const rows = await q.orderBy('appointments.starts_at').orderBy('appointments.id').execute();
      return rows.map((r) => ({ ...toAppointment(r), clientName: r.client_name, clinicianName: r.clinician_name }));
    },
    async setStatus(clinicId, id, status) {
      return write(ctx, async (db) => {
        await db
          .updateTable('appointments')
          .set({ status })
          .where('id', '=', id)
          .where('clinic_id', '=', clinicId)
          .execute();
        return toAppointment(
          found(await ofClinic(db, clinicId).where('id', '=', id).executeTakeFirst(), 'appointment', id),
        );
      });
    },
  };
}

/** Upper bound on one page of the audit log. */
const AUDIT_PAGE_MAX = 1000;

export const auditStore = (ctx: Context): AuditStore => ({
  async record(event) {
    const row = {
      id: ctx.newId(),
      clinic_id: event.clinicId ?? null,
      actor_user_id: event.actorUserId ?? null,
      action: event.action,
      record_type: event.recordType,
      record_id: event.recordId ?? null,
      client_id: event.clientId ?? null,
      at: event.at ?? ctx.now(),
      outcome: event.outcome,
      detail: event.detail ?? null,
    };
    await write(ctx, (db) => db.insertInto('audit_events').values(row).execute());
    return toAuditEvent(row);
  },
  async list(clinicId, filter = {}) {
    let q = ctx.db.selectFrom('audit_events').selectAll().where('clinic_id', '=', clinicId);
    if (filter.clientId !== undefined) q = q.where('client_id', '=', filter.clientId);
    if (filter.from !== undefined) q = q.where('at', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('at', '<=', filter.to);
    const limit = Math.min(filter.limit ?? AUDIT_PAGE_MAX, AUDIT_PAGE_MAX);
    return (await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map(toAuditEvent);
  },
});

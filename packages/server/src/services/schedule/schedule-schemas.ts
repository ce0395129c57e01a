// Shapes of the schedule services: an appointment to book or change, and as stored and listed.
import { z } from 'zod';
import { ZAppointmentStatus } from '../../db/records.ts';
import { ZId, ZTimestamp } from '../../http/schemas.ts';

export const ZNewAppointment = z.strictObject({
  clientId: ZId,
  clinicianId: ZId,
  startsAt: z.iso.datetime({ offset: true, error: 'expected a date and time such as 2026-11-23T09:30:00Z' }),
  minutes: z.number().int().min(5).max(480),
  kind: z.enum(['in_person', 'telehealth']),
  /** Required for telehealth, https only. */
  videoLink: z.string().max(2000).optional(),
});

export const ZAppointmentChange = z.strictObject({ status: ZAppointmentStatus });

export const ZAppointment = z.object({
  id: z.string(),
  clinicId: z.string(),
  clientId: z.string(),
  clinicianId: z.string(),
  startsAt: z.string(),
  minutes: z.number(),
  kind: z.enum(['in_person', 'telehealth']),
  videoLink: z.string().nullable(),
  status: ZAppointmentStatus,
  createdAt: ZTimestamp,
});

/** A listed appointment carries the names a day's schedule shows. */
export const ZScheduledAppointment = ZAppointment.extend({ clientName: z.string(), clinicianName: z.string() });

// An appointment or video check-in as a FHIR Appointment.
import type { Appointment as FhirAppointment } from '@medplum/fhirtypes';
import type { Appointment, AppointmentStatus } from '../db/records.ts';
import { reference, type MapContext } from './context.ts';

const STATUS: Readonly<Record<AppointmentStatus, FhirAppointment['status']>> = {
  scheduled: 'booked',
  completed: 'fulfilled',
  cancelled: 'cancelled',
  no_show: 'noshow',
};

export function toAppointment(appointment: Appointment, context: MapContext): FhirAppointment {
  const start = new Date(appointment.startsAt);
  const end = new Date(start.getTime() + appointment.minutes * 60_000);
  return {
    resourceType: 'Appointment',
    id: appointment.id,
    meta: { lastUpdated: appointment.createdAt },
    status: STATUS[appointment.status],
    serviceType: [{ text: appointment.kind === 'telehealth' ? 'Telehealth check-in (video)' : 'In-person visit' }],
    description: appointment.kind === 'telehealth' ? 'Video check-in' : 'Manual therapy and exercise visit',
    start: start.toISOString(),
    end: end.toISOString(),
    minutesDuration: appointment.minutes,
    created: appointment.createdAt,
    participant: [
      { actor: reference('Patient', appointment.clientId), required: 'required', status: 'accepted' },
      { actor: { display: context.staffName(appointment.clinicianId) }, required: 'required', status: 'accepted' },
    ],
  };
}

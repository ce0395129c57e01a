// A clinic's schedule: appointments by start time with the names a day's view shows, filtered by period, client and
// clinician. from/to take a date (its whole UTC day) or a date-time.
import type { ScheduledAppointment } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { instant } from './instant.ts';

export interface ScheduleFilter {
  from?: string | undefined;
  to?: string | undefined;
  clientId?: string | undefined;
  clinicianId?: string | undefined;
}

export function appointmentSchedule(
  repo: Repository,
  clinicId: string,
  filter: ScheduleFilter,
): Promise<ScheduledAppointment[]> {
  return repo.appointments.schedule(clinicId, {
    ...(filter.from !== undefined && { from: instant(filter.from, 'start') }),
    ...(filter.to !== undefined && { to: instant(filter.to, 'end') }),
    ...(filter.clientId !== undefined && { clientId: filter.clientId }),
    ...(filter.clinicianId !== undefined && { clinicianId: filter.clinicianId }),
  });
}

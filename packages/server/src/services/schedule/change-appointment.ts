// An appointment's new status: staff set any; a client's cancellation (the only change a client may ask for) needs
// the appointment still scheduled.
import type { Appointment, AppointmentStatus } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { ApiError } from '../../http/errors.ts';

export async function changeAppointment(
  repo: Repository,
  appointment: Appointment,
  status: AppointmentStatus,
  by: 'staff' | 'client',
): Promise<Appointment> {
  if (by === 'client' && appointment.status !== 'scheduled')
    throw new ApiError('conflict', `this appointment is already ${appointment.status.replace('_', ' ')}`);
  return repo.appointments.setStatus(appointment.clinicId, appointment.id, status);
}

// Booking an appointment or video check-in for a client of the clinic, with one of its clinicians.
import type { z } from 'zod';
import type { Appointment, Client } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { invalid } from '../../http/errors.ts';
import { instant } from './instant.ts';
import type { ZNewAppointment } from './schedule-schemas.ts';

export type NewAppointmentRequest = z.infer<typeof ZNewAppointment>;

function requireVideoLink(kind: 'in_person' | 'telehealth', link: string | undefined): void {
  if (kind === 'in_person') {
    if (link !== undefined) throw invalid('body.videoLink', 'only a telehealth appointment has a video link');
    return;
  }
  if (link === undefined || link.trim() === '')
    throw invalid('body.videoLink', 'a telehealth appointment needs a video link');
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw invalid('body.videoLink', 'expected a web address such as https://meet.example.com/room');
  }
  // The link carries a health consultation: never over plain http.
  if (url.protocol !== 'https:') throw invalid('body.videoLink', 'the video link must be an https:// address');
}

export async function bookAppointment(
  repo: Repository,
  client: Client,
  body: NewAppointmentRequest,
): Promise<Appointment> {
  const clinician = await repo.users.get(client.clinicId, body.clinicianId);
  if (!clinician || clinician.role === 'client')
    throw invalid('body.clinicianId', 'not a clinician or owner of this clinic');
  requireVideoLink(body.kind, body.videoLink);
  return repo.appointments.create(client.clinicId, {
    clientId: client.id,
    clinicianId: clinician.id,
    startsAt: instant(body.startsAt, 'start'),
    minutes: body.minutes,
    kind: body.kind,
    videoLink: body.videoLink ?? null,
  });
}

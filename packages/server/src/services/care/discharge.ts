// Discharge: the episode closes, the client moves to the engine's maintenance program (fewer sessions at the same
// effort), and the follow-up check-ins are booked with the clinician. All or nothing; a second discharge is a conflict.
import { maintenanceProgram, type MaintenanceProgram } from '@tandem/engine';
import { requireInEpisode } from '../../care/episode-rules.ts';
import { toPrescription } from '../../db/kysely/program.ts';
import type { Appointment, Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { ApiError, invalid } from '../../http/errors.ts';
import type { z } from 'zod';
import type { ZDischarge } from './care-schemas.ts';

/** The discharge as the request gives it (defaults applied). */
export type DischargeOrder = z.output<typeof ZDischarge>;

export interface Discharged {
  episode: Episode & { status: 'discharged'; dischargedOn: string };
  summary: string;
  maintenance: MaintenanceProgram;
  checkIns: Appointment[];
}

const alreadyDischarged = (on: string | null): ApiError =>
  new ApiError('conflict', `the episode was already discharged on ${on ?? '?'}`);

export async function dischargeEpisode(
  repo: Repository,
  episode: Episode,
  order: DischargeOrder,
  dischargedBy: string,
): Promise<Discharged> {
  if (episode.status === 'discharged') throw alreadyDischarged(episode.dischargedOn);
  requireInEpisode(episode, order.date);
  const clinicianId = order.clinicianId ?? dischargedBy;
  const clinician = await repo.users.get(episode.clinicId, clinicianId);
  if (!clinician || clinician.role === 'client')
    throw invalid('body.clinicianId', 'no clinician or owner with this id in your clinic');

  const current = (await repo.prescriptions.current(episode.clinicId, episode.id, order.date)).map(toPrescription);
  const maintenance = maintenanceProgram(current, order.date);
  return repo.transaction(async (tx) => {
    // Re-read inside the transaction so two discharges at once cannot both book check-ins.
    const now = await tx.episodes.get(episode.clinicId, episode.id);
    if (now?.status !== 'active') throw alreadyDischarged(now?.dischargedOn ?? null);
    if (maintenance.exercises.length > 0)
      await tx.prescriptions.set(episode.clinicId, episode.id, order.date, maintenance.exercises);
    await tx.assessments.add(episode.clinicId, {
      episodeId: episode.id,
      date: order.date,
      details: { kind: 'discharge', summary: order.summary, maintenance },
    });
    const checkIns: Appointment[] = [];
    for (const day of maintenance.checkIns) {
      checkIns.push(
        await tx.appointments.create(episode.clinicId, {
          clientId: episode.clientId,
          clinicianId,
          startsAt: `${day}T${order.checkInTime}:00.000Z`,
          minutes: order.checkInMinutes,
          kind: order.kind,
          ...(order.videoLink !== undefined ? { videoLink: order.videoLink } : {}),
        }),
      );
    }
    const closed = await tx.episodes.discharge(episode.clinicId, episode.id, order.date);
    if (closed.status !== 'discharged' || closed.dischargedOn === null)
      throw new Error(`episode ${episode.id} did not close`);
    return {
      episode: { ...closed, status: closed.status, dischargedOn: closed.dischargedOn },
      summary: order.summary,
      maintenance,
      checkIns,
    };
  });
}

// Discharge: the episode closes, the client moves to the engine's maintenance program (fewer sessions at the same
// effort), and the follow-up check-ins are booked with the clinician. All or nothing; a second discharge is a conflict.
import { maintenanceProgram } from '@tandem/engine';
import type { FastifyPluginCallback } from 'fastify';
import type { z } from 'zod';
import { toPrescription } from '../../../db/kysely/program.ts';
import { audit, episodeFor, requireStaff } from '../../access.ts';
import { ApiError, invalid } from '../../errors.ts';
import { requireInEpisode } from './common.ts';
import { ZDischarge, ZDischarged, ZEpisodeParams } from './schemas.ts';

const alreadyDischarged = (on: string | null): ApiError => new ApiError('conflict', `the episode was already discharged on ${on ?? '?'}`);

export const dischargeRoutes: FastifyPluginCallback = (app, _options, done) => {
  app.post('/episodes/:id/discharge', { schema: { tags: ['care'], params: ZEpisodeParams, body: ZDischarge, response: { 200: ZDischarged } } }, async (request) => {
    const { id } = request.params as z.infer<typeof ZEpisodeParams>;
    const { episode, client } = await episodeFor(request, id, 'discharge');
    const actor = requireStaff(request);
    if (episode.status === 'discharged') throw alreadyDischarged(episode.dischargedOn);
    const body = request.body as z.infer<typeof ZDischarge>;
    requireInEpisode(episode, body.date);
    const clinicianId = body.clinicianId ?? actor.user.id;
    const clinician = await app.repo.users.get(episode.clinicId, clinicianId);
    if (!clinician || clinician.role === 'client') throw invalid('body.clinicianId', 'no clinician or owner with this id in your clinic');

    const current = (await app.repo.prescriptions.current(episode.clinicId, episode.id, body.date)).map(toPrescription);
    const maintenance = maintenanceProgram(current, body.date);
    const result = await app.repo.transaction(async (tx) => {
      // Re-read inside the transaction so two discharges at once cannot both book check-ins.
      const now = await tx.episodes.get(episode.clinicId, episode.id);
      if (now?.status !== 'active') throw alreadyDischarged(now?.dischargedOn ?? null);
      if (maintenance.exercises.length > 0) await tx.prescriptions.set(episode.clinicId, episode.id, body.date, maintenance.exercises);
      await tx.assessments.add(episode.clinicId, { episodeId: episode.id, date: body.date, details: { kind: 'discharge', summary: body.summary, maintenance } });
      const checkIns = [];
      for (const day of maintenance.checkIns) {
        checkIns.push(await tx.appointments.create(episode.clinicId, {
          clientId: client.id, clinicianId, startsAt: `${day}T${body.checkInTime}:00.000Z`, minutes: body.checkInMinutes, kind: body.kind,
          ...(body.videoLink !== undefined ? { videoLink: body.videoLink } : {}),
        }));
      }
      const discharged = await tx.episodes.discharge(episode.clinicId, episode.id, body.date);
      return { episode: discharged, checkIns };
    });
    audit(request, { action: 'discharge', recordType: 'episode', recordId: episode.id, clientId: client.id });
    return { episode: result.episode, summary: body.summary, maintenance, checkIns: result.checkIns };
  });
  done();
};

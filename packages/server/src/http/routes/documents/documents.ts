// Printable documents of an episode, built from stored records: the home program (the client may print their own),
// the progress report, a referral letter and the discharge summary (staff). Each download is audited as an export.
import { addDays } from '@tandem/engine';
import { z } from 'zod';
import { isFollowUp } from '../../../calendar/follow-up.ts';
import { DEFAULT_RECIPIENT, dischargeSummaryDocument } from '../../../documents/discharge-summary-data.ts';
import { loadEpisodeRecords } from '../../../documents/episode-records.ts';
import { homeProgramDocument } from '../../../documents/home-program-data.ts';
import { homeProgramPdf } from '../../../documents/home-program-pdf.ts';
import type { EpisodeEvent } from '../../../documents/letter-facts.ts';
import { letterPdf } from '../../../documents/letter-pdf.ts';
import { progressReportDocument } from '../../../documents/progress-report-data.ts';
import { progressReportPdf } from '../../../documents/progress-report-pdf.ts';
import { referralLetterDocument } from '../../../documents/referral-letter-data.ts';
import type { Repository } from '../../../db/repository.ts';
import { programInForce } from '../../../services/program-in-force.ts';
import { episodeProgress } from '../../../services/progress-timeline.ts';
import { episodeFor, requireStaff } from '../../access.ts';
import { ApiError, notFound } from '../../errors.ts';
import { ZId, ZIdParams } from '../../schemas.ts';
import { today } from '../../today.ts';
import type { ZodRoutes } from '../../zod.ts';
import { fileName, PDF_RESPONSE, PDF_TYPE, sendFile } from './send.ts';

const ZLetterParams = z.strictObject({ id: ZId, referralId: ZId });
const ZDischargeQuery = z.strictObject({
  /** The recipient; the client's general practitioner when left out. */
  to: z.string().trim().min(1, { error: 'say who the summary is for' }).max(300).optional(),
});

/** The episode's stored decisions (flare-ups, plateaus, deloads…), for the letters. */
async function episodeEvents(repo: Repository, clinicId: string, episodeId: string): Promise<EpisodeEvent[]> {
  return (await repo.decisions.list(clinicId, episodeId)).filter((d) => d.scope === 'episode').map((d) => ({ date: d.date, decision: d.decision, rationale: d.rationale }));
}

export const documentRoutes: ZodRoutes = (app, _options, done) => {
  app.get('/episodes/:id/documents/home-program.pdf', {
    schema: { tags: ['documents'], summary: "The client's printable home program", params: ZIdParams, response: PDF_RESPONSE },
  }, async (request, reply) => {
    const { episode, client } = await episodeFor(request, request.params.id, 'export', 'home_program');
    const on = today(app);
    const [records, program] = await Promise.all([loadEpisodeRecords(app.repo, episode, client), programInForce(app.repo, episode.clinicId, episode.id, on)]);
    const document = homeProgramDocument({ records, on, program: program.program, deload: program.deload });
    if (!document) throw new ApiError('conflict', `no home program is set for this episode on ${on}; set one first (PUT /api/v1/episodes/${episode.id}/prescription)`);
    return sendFile(reply, await homeProgramPdf(document), PDF_TYPE, fileName(client.name, 'home-program', on, 'pdf'));
  });

  app.get('/episodes/:id/documents/progress-report.pdf', {
    schema: { tags: ['documents'], summary: 'Progress report: goals, charts, visits, adherence and the clinician\'s latest summary', params: ZIdParams, response: PDF_RESPONSE },
  }, async (request, reply) => {
    const { episode, client } = await episodeFor(request, request.params.id, 'export', 'progress_report');
    requireStaff(request);
    const on = today(app);
    const records = await loadEpisodeRecords(app.repo, episode, client);
    const document = progressReportDocument({ records, on, timeline: await episodeProgress(app.repo, episode) });
    return sendFile(reply, await progressReportPdf(document), PDF_TYPE, fileName(client.name, 'progress-report', on, 'pdf'));
  });

  app.get('/episodes/:id/referrals/:referralId/letter.pdf', {
    schema: { tags: ['documents'], summary: 'The letter for a referral', params: ZLetterParams, response: PDF_RESPONSE },
  }, async (request, reply) => {
    const { id, referralId } = request.params;
    const { episode, client } = await episodeFor(request, id, 'export', 'referral_letter', referralId);
    const actor = requireStaff(request);
    const on = today(app);
    const records = await loadEpisodeRecords(app.repo, episode, client);
    const referral = records.referrals.find((r) => r.id === referralId);
    if (!referral) throw notFound('referral');
    const [{ program }, events] = await Promise.all([programInForce(app.repo, episode.clinicId, episode.id, on), episodeEvents(app.repo, episode.clinicId, episode.id)]);
    const document = referralLetterDocument({ records, referral, on, signedBy: actor.user.name, program, events });
    return sendFile(reply, await letterPdf(document), PDF_TYPE, fileName(client.name, 'referral', on, 'pdf'));
  });

  app.get('/episodes/:id/documents/discharge-summary.pdf', {
    schema: { tags: ['documents'], summary: 'Discharge summary of a discharged episode', params: ZIdParams, querystring: ZDischargeQuery, response: PDF_RESPONSE },
  }, async (request, reply) => {
    const { to } = request.query;
    const { episode, client } = await episodeFor(request, request.params.id, 'export', 'discharge_summary');
    const actor = requireStaff(request);
    const dischargedOn = episode.dischargedOn;
    if (episode.status !== 'discharged' || dischargedOn === null) {
      throw new ApiError('conflict', `the episode has not been discharged; discharge it first (POST /api/v1/episodes/${episode.id}/discharge)`);
    }
    const on = today(app);
    const records = await loadEpisodeRecords(app.repo, episode, client);
    const [{ program }, events, timeline, later, episodes] = await Promise.all([
      // The day before discharge: the program of the care itself, not the maintenance program set at discharge.
      programInForce(app.repo, episode.clinicId, episode.id, addDays(dischargedOn, -1)),
      episodeEvents(app.repo, episode.clinicId, episode.id),
      episodeProgress(app.repo, episode),
      app.repo.appointments.list(episode.clinicId, { clientId: client.id, from: `${addDays(dischargedOn, 1)}T00:00:00.000Z` }),
      app.repo.episodes.list(episode.clinicId, { clientId: client.id }),
    ]);
    const document = dischargeSummaryDocument({
      records, on, signedBy: actor.user.name, to: to ?? DEFAULT_RECIPIENT, program, events, goals: timeline.goals,
      checkIns: later.filter((a) => isFollowUp(a, episodes)),
    });
    return sendFile(reply, await letterPdf(document), PDF_TYPE, fileName(client.name, 'discharge-summary', on, 'pdf'));
  });
  done();
};

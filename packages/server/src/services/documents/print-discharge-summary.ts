// The discharge summary of a discharged episode: what was done, the response, outcomes, the program of the care and
// the follow-up check-ins booked after it.
import { addDays } from '@tandem/engine';
import { isFollowUp } from '../../calendar/follow-up.ts';
import type { Client, Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { DEFAULT_RECIPIENT, dischargeSummaryDocument } from '../../documents/discharge-summary-data.ts';
import { loadEpisodeRecords } from '../../documents/episode-records.ts';
import { letterPdf } from '../../documents/letter-pdf.ts';
import { ApiError } from '../../http/errors.ts';
import { episodeEvents } from './episode-events.ts';
import { programInForce } from '../treatment/program-in-force.ts';
import { episodeProgress } from '../treatment/progress-timeline.ts';

export interface DischargeSummaryRequest {
  episode: Episode;
  client: Client;
  signedBy: string;
  /** The recipient; the client's general practitioner when left out. */
  to: string | undefined;
  on: string;
}

export async function printDischargeSummary(
  repo: Repository,
  { episode, client, signedBy, to, on }: DischargeSummaryRequest,
): Promise<Buffer> {
  const dischargedOn = episode.dischargedOn;
  if (episode.status !== 'discharged' || dischargedOn === null) {
    throw new ApiError(
      'conflict',
      `the episode has not been discharged; discharge it first (POST /api/v1/episodes/${episode.id}/discharge)`,
    );
  }
  const records = await loadEpisodeRecords(repo, episode, client);
  const [{ program }, events, timeline, later, episodes] = await Promise.all([
    // The day before discharge: the program of the care itself, not the maintenance program set at discharge.
    programInForce(repo, episode.clinicId, episode.id, addDays(dischargedOn, -1)),
    episodeEvents(repo, episode.clinicId, episode.id),
    episodeProgress(repo, episode),
    repo.appointments.list(episode.clinicId, {
      clientId: client.id,
      from: `${addDays(dischargedOn, 1)}T00:00:00.000Z`,
    }),
    repo.episodes.list(episode.clinicId, { clientId: client.id }),
  ]);
  return letterPdf(
    dischargeSummaryDocument({
      records,
      on,
      signedBy,
      to: to ?? DEFAULT_RECIPIENT,
      program,
      events,
      goals: timeline.goals,
      checkIns: later.filter((a) => isFollowUp(a, episodes)),
    }),
  );
}

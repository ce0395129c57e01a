// Which appointments are follow-up check-ins: booked for a day after the client's discharge, while no new episode of care
// has started (POST /episodes/:id/discharge books them into the same appointments table as visits).
import type { Appointment, Episode } from '../db/records.ts';

type EpisodeDates = Pick<Episode, 'clientId' | 'startedOn' | 'dischargedOn'>;

/** The episode in force on a date: the latest of the client's to start on or before it. */
function episodeOn(episodes: readonly EpisodeDates[], clientId: string, date: string): EpisodeDates | undefined {
  return episodes
    .filter((e) => e.clientId === clientId && e.startedOn <= date)
    .reduce<EpisodeDates | undefined>(
      (latest, e) => (latest === undefined || e.startedOn > latest.startedOn ? e : latest),
      undefined,
    );
}

export function isFollowUp(
  appointment: Pick<Appointment, 'clientId' | 'startsAt'>,
  episodes: readonly EpisodeDates[],
): boolean {
  const date = appointment.startsAt.slice(0, 10);
  const episode = episodeOn(episodes, appointment.clientId, date);
  return episode?.dischargedOn != null && episode.dischargedOn < date;
}

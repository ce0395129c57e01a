// The episode's stored decisions worth telling another clinician (flare-ups, plateaus, deloads…), for the letters.
import type { Repository } from '../../db/repository.ts';
import type { EpisodeEvent } from '../../documents/letter-facts.ts';

export async function episodeEvents(repo: Repository, clinicId: string, episodeId: string): Promise<EpisodeEvent[]> {
  return (await repo.decisions.list(clinicId, episodeId))
    .filter((d) => d.scope === 'episode')
    .map((d) => ({ date: d.date, decision: d.decision, rationale: d.rationale }));
}

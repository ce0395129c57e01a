// The client's printable home program on a date: the program in force (or a running deload week's), the advice
// assigned and who looks after them. Refused while no program is set.
import type { Client, Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { loadEpisodeRecords } from '../../documents/episode-records.ts';
import { homeProgramDocument } from '../../documents/home-program-data.ts';
import { homeProgramPdf } from '../../documents/home-program-pdf.ts';
import { ApiError } from '../../http/errors.ts';
import { programInForce } from '../treatment/program-in-force.ts';

export async function printHomeProgram(
  repo: Repository,
  episode: Episode,
  client: Client,
  on: string,
): Promise<Buffer> {
  const [records, { program, deload }] = await Promise.all([
    loadEpisodeRecords(repo, episode, client),
    programInForce(repo, episode.clinicId, episode.id, on),
  ]);
  const document = homeProgramDocument({ records, on, program, deload });
  if (!document)
    throw new ApiError(
      'conflict',
      `no home program is set for this episode on ${on}; set one first (PUT /api/v1/episodes/${episode.id}/prescription)`,
    );
  return homeProgramPdf(document);
}

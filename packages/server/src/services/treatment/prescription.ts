// The client's home program on a date, as the app shows it: each exercise with its name, cues and illustration, and
// a running deload week's lighter doses.
import type { z } from 'zod';
import type { Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { programInForce } from './program-in-force.ts';
import { programItem } from './program-item.ts';
import type { ZProgram } from './treatment-schemas.ts';

export async function prescriptionOn(
  repo: Repository,
  episode: Episode,
  on: string,
): Promise<z.input<typeof ZProgram>> {
  const { validFrom, origin, program, deload } = await programInForce(repo, episode.clinicId, episode.id, on);
  return {
    episodeId: episode.id,
    on,
    validFrom,
    origin,
    exercises: program.map(programItem),
    deload: deload && { until: deload.until, exercises: deload.prescription.map(programItem) },
  };
}

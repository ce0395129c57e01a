// The home program in force on a date as stored (the latest set on or before it), and any deload week running then:
// what the app's home program and the printed documents both show.
import type { Prescription } from '@tandem/engine';
import type { PrescriptionOrigin } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { asPrescription } from '../../progression/service.ts';
import { deloadOn } from './deload.ts';

export interface ProgramInForce {
  /** The date the program was set from, and by whom; null before the first. */
  validFrom: string | null;
  origin: PrescriptionOrigin | null;
  program: Prescription[];
  deload: { until: string; prescription: Prescription[] } | null;
}

export async function programInForce(
  repo: Repository,
  clinicId: string,
  episodeId: string,
  on: string,
): Promise<ProgramInForce> {
  const [records, decisions] = await Promise.all([
    repo.prescriptions.current(clinicId, episodeId, on),
    repo.decisions.list(clinicId, episodeId),
  ]);
  return {
    validFrom: records[0]?.validFrom ?? null,
    origin: records[0]?.origin ?? null,
    program: records.map(asPrescription),
    deload: deloadOn(decisions, on),
  };
}

// The printable home program from stored records: the program in force on the day (a running deload week's lighter
// doses instead, said so on the page), the education topics assigned to the episode, and who looks after the client.
import { EDUCATION_BY_ID, type Prescription } from '@tandem/engine';
import { responsibleClinician, type EpisodeRecords } from './episode-records.ts';
import type { HomeProgramDocument } from './home-program-pdf.ts';

export interface HomeProgramInput {
  records: Pick<EpisodeRecords, 'clinic' | 'client' | 'episode' | 'staff' | 'plan' | 'visits' | 'education'>;
  /** The print date. */
  on: string;
  program: readonly Prescription[];
  deload: { until: string; prescription: readonly Prescription[] } | null;
}

/** What the client must know about this printing: a deload week running, or care having moved to maintenance. */
function noteFor(dischargedOn: string | null, on: string, deloadUntil: string | null): string | null {
  if (deloadUntil !== null)
    return `This is a lighter week, until ${deloadUntil}: the doses below are reduced so you can recover. Your usual doses return after it.`;
  if (dischargedOn !== null && dischargedOn <= on)
    return `Your maintenance program since your discharge on ${dischargedOn}: fewer sessions at the same effort keep what you have built.`;
  return null;
}

/** Null when no home program is set on the date (nothing to print). */
export function homeProgramDocument({ records, on, program, deload }: HomeProgramInput): HomeProgramDocument | null {
  const exercises = deload && deload.prescription.length > 0 ? deload.prescription : program;
  if (exercises.length === 0) return null;
  return {
    clinic: records.clinic.name,
    client: records.client.name,
    clinician: responsibleClinician(records),
    date: on,
    program: exercises,
    // A topic since removed from the knowledge base has no text to print.
    education: records.education.map((a) => a.topic).filter((topic) => EDUCATION_BY_ID.has(topic)),
    note: noteFor(records.episode.dischargedOn, on, deload && deload.prescription.length > 0 ? deload.until : null),
  };
}

// The clinician's summary a report quotes: their latest written word on the episode, taken from stored notes (a
// discharge summary, a re-assessment's notes, or the assessment and plan of the latest visit's SOAP note), never
// typed in for the printout. The page says where it came from.
import type { Assessment, User, Visit } from '../db/records.ts';

export interface ClinicianSummary {
  text: string;
  /** Where the text was written: "Visit note of 2026-11-16 (Maya Chen)". */
  source: string;
  date: string;
}

const stringField = (details: Record<string, unknown>, key: string): string | null => {
  const value = details[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
};

/** On the same date a discharge summary outranks re-assessment notes, which outrank a visit note. */
export function clinicianSummary(
  visits: readonly Visit[],
  assessments: readonly Assessment[],
  staff: ReadonlyMap<string, User>,
): ClinicianSummary | null {
  const candidates: (ClinicianSummary & { rank: number })[] = [];
  for (const a of assessments) {
    const summary = stringField(a.details, 'summary');
    if (a.details.kind === 'discharge' && summary !== null)
      candidates.push({ text: summary, source: `Discharge summary of ${a.date}`, date: a.date, rank: 2 });
    const notes = stringField(a.details, 'notes');
    if (notes !== null)
      candidates.push({ text: notes, source: `Assessment notes of ${a.date}`, date: a.date, rank: 1 });
  }
  for (const v of visits) {
    const parts = [
      ['Assessment', v.soap.assessment.trim()],
      ['Plan', v.soap.plan.trim()],
    ].filter(([, text]) => text !== '');
    if (parts.length === 0) continue;
    const who = staff.get(v.clinicianId)?.name;
    candidates.push({
      text: parts.map(([label, text]) => `${label}: ${text}`).join('\n'),
      source: `Visit note of ${v.date}${who ? ` (${who})` : ''}`,
      date: v.date,
      rank: 0,
    });
  }
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (top, c) => (top === null || c.date > top.date || (c.date === top.date && c.rank >= top.rank) ? c : top),
    null,
  );
  return best && { text: best.text, source: best.source, date: best.date };
}

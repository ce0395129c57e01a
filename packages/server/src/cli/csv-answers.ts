// Turns one CSV row into the raw answers an instrument scores, leaving identifying columns aside.
import { INSTRUMENTS, ok, type InstrumentId, type Result } from '@tandem/engine';

/** Columns carried through to the output untouched (who, when), besides any column starting with "_". */
export const PASS_THROUGH_COLUMNS: ReadonlySet<string> = new Set([
  'id',
  'respondent',
  'respondent_id',
  'client',
  'client_id',
  'patient',
  'patient_id',
  'date',
  'name',
  'clinician',
  'visit',
  'note',
  'notes',
]);

const isAnswerColumn = (column: string): boolean =>
  !PASS_THROUGH_COLUMNS.has(column.toLowerCase()) && !column.startsWith('_');

/** '' → null, numbers → number, true/false/yes/no → boolean; anything else stays text so the scorer can name it. */
function coerce(value: string): number | boolean | string | null {
  const v = value.trim();
  if (v === '') return null;
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  const lower = v.toLowerCase();
  if (lower === 'true' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'no') return false;
  return v;
}

export function csvRowToAnswers(
  id: InstrumentId,
  columnsInOrder: readonly string[],
  row: Readonly<Record<string, string>>,
): Result<unknown> {
  const columns = columnsInOrder.filter(isAnswerColumn);
  const instrument = INSTRUMENTS[id];
  if (instrument.items) {
    return ok(Object.fromEntries(columns.map((c) => [c, coerce(row[c] ?? '')])));
  }
  if (id === 'psfs') {
    // One column per activity, in order; blank columns are activities not named.
    return ok(columns.map((c) => coerce(row[c] ?? '')).filter((v) => v !== null));
  }
  const answers: Record<string, unknown> = {};
  for (const column of columns) {
    const value = coerce(row[column] ?? '');
    if (value === null) continue;
    // FMS bilateral tests arrive as <test>_left / <test>_right columns.
    const side = /^(.+)_(left|right)$/.exec(column);
    if (id === 'fms' && side?.[1] && side[2] && !column.includes('clearing')) {
      const test = (answers[side[1]] ??= {}) as Record<string, unknown>;
      test[side[2]] = value;
    } else {
      answers[column] = value;
    }
  }
  return ok(answers);
}

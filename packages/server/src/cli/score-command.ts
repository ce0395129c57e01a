// `tandem score`: scores one response (JSON) or a CSV export of many respondents.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  INSTRUMENT_IDS,
  ZInstrumentId,
  describeProblems,
  scoreInstrument,
  type InstrumentId,
  type ScoreResult,
} from '@tandem/engine';
import { CliError } from './cli-error.ts';
import { csvRowToAnswers } from './csv-answers.ts';
import { parseJson, readText, roundForDisplay, toJson } from './io.ts';

export function instrumentId(value: string | undefined): InstrumentId {
  const parsed = ZInstrumentId.safeParse(value);
  if (!parsed.success) {
    throw new CliError(
      `${value === undefined ? 'missing instrument' : `unknown instrument "${value}"`}; expected one of ${INSTRUMENT_IDS.join(', ')}`,
    );
  }
  return parsed.data;
}

/** The JSON printed for one scored response. */
export const scoreOutput = (result: ScoreResult) => ({
  instrument: result.instrument,
  score: result.score,
  unit: result.unit,
  ...(result.subscales ? { subscales: result.subscales } : {}),
  ...(result.band !== undefined ? { band: result.band, bandSource: result.bandSource } : {}),
  ...(result.flags ? { flags: result.flags } : {}),
  ...(result.details ? { details: result.details } : {}),
  answered: result.answered,
  missing: result.missing,
  missingItems: result.missingItems,
  ruleId: result.ruleId,
});

export function scoreJson(id: InstrumentId, file: string, stdin: () => string): string {
  const raw = parseJson(readText(file, stdin), file === '-' ? 'standard input' : file);
  const result = scoreInstrument(id, raw);
  if (!result.ok) throw new CliError(`${id}: ${describeProblems(result.problems)}`);
  return toJson(scoreOutput(result.value));
}

/** Scores every row of a CSV export; rows that cannot be scored keep their data and say why in `error`. */
export function scoreCsv(
  id: InstrumentId,
  file: string,
  stdin: () => string,
): { csv: string; scored: number; failed: number } {
  const text = readText(file, stdin);
  let table: string[][];
  try {
    table = parse(text, { skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    throw new CliError(`${file}: not a readable CSV (${(error as Error).message})`);
  }
  // Arrays, not csv-parse's objects: object keys like "1", "2" would be reordered ahead of "client_id".
  const [inputColumns = [], ...cells] = table;
  if (cells.length === 0) throw new CliError(`${file}: no rows under the header`);
  const rows = cells.map((row) => Object.fromEntries(inputColumns.map((c, i) => [c, row[i] ?? ''])));
  const results = rows.map((row) => {
    const answers = csvRowToAnswers(id, inputColumns, row);
    return answers.ok ? scoreInstrument(id, answers.value) : answers;
  });
  const subscaleNames = [...new Set(results.flatMap((r) => (r.ok ? Object.keys(r.value.subscales ?? {}) : [])))];
  const header = [
    ...inputColumns,
    'score',
    'band',
    ...subscaleNames.map((s) => `subscale_${s}`),
    'answered',
    'missing',
    'error',
  ];
  const body = rows.map((row, i) => {
    const result = results[i];
    const base = inputColumns.map((c) => row[c] ?? '');
    if (!result?.ok)
      return [...base, '', '', ...subscaleNames.map(() => ''), '', '', result ? describeProblems(result.problems) : ''];
    const v = result.value;
    return [
      ...base,
      roundForDisplay(v.score),
      v.band ?? '',
      ...subscaleNames.map((s) => {
        const x = v.subscales?.[s];
        return x === undefined ? '' : roundForDisplay(x);
      }),
      v.answered,
      v.missing,
      '',
    ];
  });
  const failed = results.filter((r) => !r.ok).length;
  return { csv: stringify([header, ...body]), scored: rows.length - failed, failed };
}

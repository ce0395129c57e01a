// 30-second Chair Stand: full stands in 30 s (0 if the arms are used), compared with age- and sex-specific normal ranges.
import { fail, ok, type Problem, type Result } from '../result.ts';
import type { Instrument, ScoreResult } from './instrument.ts';

export type Cst30Sex = 'male' | 'female';

/** Below average when the score is under the value for the age band (inclusive whole years). */
export const CST30_BELOW_AVERAGE_UNDER = [
  { from: 60, to: 64, male: 14, female: 12 }, // Rikli & Jones normal ranges (CDC STEADI): 60–64 y
  { from: 65, to: 69, male: 12, female: 11 }, // Rikli & Jones normal ranges (CDC STEADI): 65–69 y
  { from: 70, to: 74, male: 12, female: 10 }, // Rikli & Jones normal ranges (CDC STEADI): 70–74 y
  { from: 75, to: 79, male: 11, female: 10 }, // Rikli & Jones normal ranges (CDC STEADI): 75–79 y
  { from: 80, to: 84, male: 10, female: 9 }, // Rikli & Jones normal ranges (CDC STEADI): 80–84 y
  { from: 85, to: 89, male: 8, female: 8 }, // Rikli & Jones normal ranges (CDC STEADI): 85–89 y
  { from: 90, to: 94, male: 7, female: 4 }, // Rikli & Jones normal ranges (CDC STEADI): 90–94 y
] as const;
/** Stands counted when the arms were used. */
export const CST30_ARMS_USED_SCORE = 0; // Jones, Rikli & Beam 1999: using the arms scores 0
export const CST30_MAX_COUNT = 60; // [P] Tandem plausibility bound: two full stands a second for 30 s
export const CST30_MAX_AGE = 130; // [P] Tandem plausibility bound on age in years
export const CST30_MCID = 2; // Wright 2011: about 2 stands in hip/knee OA [R: confirm before release]

export interface Cst30Input {
  count: number;
  age: number;
  sex: Cst30Sex;
  armsUsed: boolean;
}

const ALLOWED_KEYS = ['count', 'age', 'sex', 'armsUsed', 'arms_used'];

/** Reads `{ count, age, sex, armsUsed? }` (`arms_used` also accepted); problems name the field and say why. */
export function readCst30(raw: unknown): Result<Cst30Input> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail({ path: '', message: '30s chair stand result must be { count, age, sex, armsUsed? }' });
  }
  const record = raw as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const key of Object.keys(record)) {
    if (!ALLOWED_KEYS.includes(key))
      problems.push({ path: key, message: `unknown chair-stand field "${key}"; expected count, age, sex, armsUsed` });
  }
  const { count, age, sex } = record;
  if (typeof count !== 'number' || !Number.isInteger(count)) {
    problems.push({
      path: 'count',
      message: `count: ${count === undefined ? 'missing' : `${JSON.stringify(count)} is not a whole number`}; expected the full stands in 30 s`,
    });
  } else if (count < 0 || count > CST30_MAX_COUNT) {
    problems.push({ path: 'count', message: `count: ${count} is outside 0–${CST30_MAX_COUNT} stands` });
  }
  if (typeof age !== 'number' || !Number.isFinite(age) || age < 0 || age > CST30_MAX_AGE) {
    problems.push({
      path: 'age',
      message: `age: ${age === undefined ? 'missing' : `${JSON.stringify(age)} is not an age in years (0–${CST30_MAX_AGE})`}; the norms depend on age`,
    });
  }
  if (sex !== 'male' && sex !== 'female') {
    problems.push({
      path: 'sex',
      message: `sex: ${sex === undefined ? 'missing' : JSON.stringify(sex)}; expected "male" or "female" (the norms are by sex)`,
    });
  }
  const armsCamel = record['armsUsed'];
  const armsSnake = record['arms_used'];
  const arms = armsCamel ?? armsSnake ?? false;
  if (typeof arms !== 'boolean') {
    problems.push({
      path: armsCamel !== undefined ? 'armsUsed' : 'arms_used',
      message: `armsUsed: expected true or false, got ${JSON.stringify(arms)}`,
    });
  } else if (typeof armsCamel === 'boolean' && typeof armsSnake === 'boolean' && armsCamel !== armsSnake) {
    problems.push({ path: 'armsUsed', message: 'armsUsed and arms_used disagree' });
  }
  if (
    problems.length > 0 ||
    typeof count !== 'number' ||
    typeof age !== 'number' ||
    (sex !== 'male' && sex !== 'female') ||
    typeof arms !== 'boolean'
  ) {
    return fail(...problems);
  }
  return ok({ count, age, sex, armsUsed: arms });
}

/** The normal-range row for an age (whole years), if the age is within 60–94. */
export const cst30Norm = (age: number): (typeof CST30_BELOW_AVERAGE_UNDER)[number] | undefined =>
  CST30_BELOW_AVERAGE_UNDER.find((row) => age >= row.from && age < row.to + 1);

/**
 * Scores the stands (0 when the arms were used) and compares them with the normal range for age and sex. Outside
 * 60–94 years there are no norms: the score is still returned, without a band (rather than refused: clinicians still
 * want the count recorded).
 */
export function scoreCst30(raw: unknown): Result<ScoreResult> {
  const read = readCst30(raw);
  if (!read.ok) return read;
  const { count, age, sex, armsUsed } = read.value;
  const score = armsUsed ? CST30_ARMS_USED_SCORE : count;
  const norm = cst30Norm(age);
  const result: ScoreResult = {
    instrument: 'cst30',
    score,
    unit: 'stands',
    details: {
      countedStands: count,
      armsUsed,
      norms: norm ? { ageBand: `${norm.from}–${norm.to}`, sex, belowAverageUnder: norm[sex] } : 'none for this age',
    },
    answered: 1,
    missing: 0,
    missingItems: [],
    ruleId: 'score.cst30',
  };
  if (norm) {
    result.band = score < norm[sex] ? 'below_average' : 'average_or_better';
    result.bandSource = 'Rikli & Jones normal ranges for 60–94 years (CDC STEADI)';
  }
  return ok(result);
}

export const cst30: Instrument = {
  id: 'cst30',
  name: '30-second Chair Stand (30s-CST)',
  description:
    'Full stands from an armless chair in 30 s with arms crossed (higher is better; 0 if the arms are used), compared with the normal range for age (60–94) and sex.',
  inputHelp: '{ count, age, sex: "male" | "female", armsUsed?: boolean } (arms_used also accepted).',
  change: {
    better: 'higher',
    mcid: CST30_MCID,
    source:
      'Wright et al., JOSPT 2011;41:319 (about 2 stands in hip OA; recalled, confirm before release); no MDC recorded',
  },
  source: 'Jones, Rikli & Beam, RQES 1999;70:113; Rikli & Jones normal ranges as used by CDC STEADI',
  licence: 'Public domain test (STEADI is a US federal publication); Tandem uses its own wording.',
  score: scoreCst30,
};

// Timed Up and Go: seconds to stand, walk 3 m, turn, walk back and sit; fall-risk flags by two published thresholds and age norms.
import { fail, ok, type Problem, type Result } from '../result.ts';
import type { Instrument, ScoreResult } from './instrument.ts';

/** Times must be above 0 and below this. */
export const TUG_MAX_SECONDS = 300; // [P] Tandem plausibility bound: five minutes is a failed or mis-entered test
export const TUG_STEADI_AT_RISK_FROM = 12; // CDC STEADI: 12 s or more = at risk of falling
export const TUG_SHUMWAY_COOK_AT_RISK_FROM = 13.5; // Shumway-Cook 2000: 13.5 s or more predicts falls in community-dwelling older adults
/** Mean times by age band (inclusive ages); a comparison with a mean, not a cut-off. */
export const TUG_AGE_NORMS = [
  { from: 60, to: 69, meanSeconds: 8.1 }, // Bohannon 2006: 60–69 y mean 8.1 s
  { from: 70, to: 79, meanSeconds: 9.2 }, // Bohannon 2006: 70–79 y mean 9.2 s
  { from: 80, to: 99, meanSeconds: 11.3 }, // Bohannon 2006: 80–99 y mean 11.3 s
] as const;
export const TUG_MAX_AGE = 130; // [P] Tandem plausibility bound on age in years
export const TUG_MDC = 1.1; // Alghadir 2015: MDC 1.10 s, same rater, knee OA
export const TUG_MCID = TUG_MDC; // [P] Tandem: no MCID found; the MDC stands in for it

export interface TugInput {
  seconds: number;
  walkingAid?: string;
  age?: number;
}

const ALLOWED_KEYS = ['seconds', 'walkingAid', 'walking_aid', 'age'];

/** Reads a bare number of seconds or `{ seconds, walkingAid?, age? }`; problems name the field and say why. */
export function readTug(raw: unknown): Result<TugInput> {
  const body: unknown = typeof raw === 'number' ? { seconds: raw } : raw;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return fail({ path: '', message: 'TUG result must be a number of seconds or { seconds, walkingAid?, age? }' });
  }
  const record = body as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const key of Object.keys(record)) {
    if (!ALLOWED_KEYS.includes(key))
      problems.push({ path: key, message: `unknown TUG field "${key}"; expected seconds, walkingAid, age` });
  }
  const seconds = record['seconds'];
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) {
    problems.push({
      path: 'seconds',
      message: `seconds: ${seconds === undefined ? 'missing' : JSON.stringify(seconds)}; expected a number of seconds`,
    });
  } else if (seconds <= 0 || seconds >= TUG_MAX_SECONDS) {
    problems.push({
      path: 'seconds',
      message: `seconds: ${seconds} is not a possible time; expected more than 0 and less than ${TUG_MAX_SECONDS}`,
    });
  }
  const aid = record['walkingAid'] ?? record['walking_aid'];
  if (aid !== undefined && aid !== null && typeof aid !== 'string') {
    problems.push({
      path: 'walkingAid',
      message: `walkingAid: expected text naming the aid, got ${JSON.stringify(aid)}`,
    });
  }
  const age = record['age'];
  if (
    age !== undefined &&
    age !== null &&
    (typeof age !== 'number' || !Number.isFinite(age) || age < 0 || age > TUG_MAX_AGE)
  ) {
    problems.push({ path: 'age', message: `age: ${JSON.stringify(age)} is not an age in years (0–${TUG_MAX_AGE})` });
  }
  if (problems.length > 0 || typeof seconds !== 'number') return fail(...problems);
  const input: TugInput = { seconds };
  if (typeof aid === 'string' && aid !== '') input.walkingAid = aid;
  if (typeof age === 'number') input.age = age;
  return ok(input);
}

/** The Bohannon age band containing `age` (whole years), if any. */
export const tugAgeNorm = (age: number): (typeof TUG_AGE_NORMS)[number] | undefined =>
  TUG_AGE_NORMS.find((n) => age >= n.from && age < n.to + 1);

export function scoreTug(raw: unknown): Result<ScoreResult> {
  const read = readTug(raw);
  if (!read.ok) return read;
  const { seconds, walkingAid, age } = read.value;
  const steadi = seconds >= TUG_STEADI_AT_RISK_FROM;
  const flags: Record<string, boolean> = {
    fall_risk_steadi: steadi,
    fall_risk_shumway_cook: seconds >= TUG_SHUMWAY_COOK_AT_RISK_FROM,
  };
  const details: Record<string, unknown> = { walkingAid: walkingAid ?? null };
  if (age !== undefined) {
    const norm = tugAgeNorm(age);
    if (norm) {
      details['ageNorm'] = {
        ageBand: `${norm.from}–${norm.to}`,
        meanSeconds: norm.meanSeconds,
        source: 'Bohannon 2006 (mean, not a cut-off)',
      };
      flags['slower_than_age_norm'] = seconds > norm.meanSeconds;
    } else {
      details['ageNorm'] = 'none for this age';
    }
  }
  return ok({
    instrument: 'tug',
    score: seconds,
    unit: 'seconds',
    band: steadi ? 'at_risk' : 'not_at_risk',
    bandSource: 'CDC STEADI (≥12 s at risk); Shumway-Cook 2000 (≥13.5 s) reported as a second flag',
    flags,
    details,
    answered: 1,
    missing: 0,
    missingItems: [],
    ruleId: 'score.tug',
  });
}

export const tug: Instrument = {
  id: 'tug',
  name: 'Timed Up and Go (TUG)',
  description:
    'Seconds to rise from an armchair, walk 3 m, turn, walk back and sit (lower is better). Fall risk is flagged at 12 s (CDC STEADI) and at 13.5 s (Shumway-Cook); with an age, the time is compared with the age-band mean.',
  inputHelp: 'Seconds as a number, or { seconds, walkingAid?, age? }; record any walking aid used.',
  change: {
    better: 'lower',
    mcid: TUG_MCID,
    mdc: TUG_MDC,
    source:
      'Alghadir et al., BMC MSD 2015;16:174 (MDC 1.10 s, same rater, knee OA); no MCID found, so the MCID shown is the MDC',
  },
  source:
    'Podsiadlo & Richardson, JAGS 1991;39:142; CDC STEADI; Shumway-Cook et al., Phys Ther 2000;80:896; Bohannon, J Geriatr Phys Ther 2006;29:64 (age norms)',
  licence: 'Public domain test (STEADI is a US federal publication); Tandem uses its own wording.',
  score: scoreTug,
};

// Patient-Specific Functional Scale (Stratford 1995): the patient names up to five activities and rates each 0–10.
import { fail, ok, type Problem, type Result } from '../result.ts';
import type { Instrument, ScoreOptions, ScoreResult } from './instrument.ts';

/** Stratford 1995: at least one patient-named activity. */
export const PSFS_MIN_ACTIVITIES = 1;
/** Stratford 1995 used up to 3 activities; later use allows up to 5. */
export const PSFS_MAX_ACTIVITIES = 5;
/** Stratford 1995: 0 = unable to perform the activity. */
export const PSFS_RATING_MIN = 0;
/** Stratford 1995: 10 = able to perform it at the pre-injury level. */
export const PSFS_RATING_MAX = 10;
/** Rysstad et al. 2020: MIC 1.9–2.0 in shoulder pain; Tandem uses 2, which equals the MDC90 of the average. */
export const PSFS_MCID = 2;
/** PSFS scoring sheet: MDC(90 %) = 2 points for the average (3 points for a single activity). */
export const PSFS_MDC = 2;

export interface PsfsActivity {
  /** The patient's own name for the activity, when given. */
  activity: string | null;
  score: number;
}

const show = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);

const readRating = (value: unknown, path: string, what: string, problems: Problem[]): number | null => {
  if (value === null || value === undefined || value === '') {
    problems.push({
      path,
      message: `${what}: no rating given; expected a whole number ${PSFS_RATING_MIN}–${PSFS_RATING_MAX}`,
    });
  } else if (typeof value !== 'number' || !Number.isInteger(value)) {
    problems.push({ path, message: `${what}: ${show(value)} is not a whole number` });
  } else if (value < PSFS_RATING_MIN || value > PSFS_RATING_MAX) {
    problems.push({ path, message: `${what}: ${value} is outside ${PSFS_RATING_MIN}–${PSFS_RATING_MAX}` });
  } else {
    return value;
  }
  return null;
};

/** Reads a list of ratings or of `{ activity, score }` objects (the two may be mixed). */
function readActivities(raw: unknown): Result<PsfsActivity[]> {
  if (!Array.isArray(raw)) {
    return fail({
      path: '',
      message: 'expected a list of 1–5 activity ratings (0–10) or of { "activity": "...", "score": 0–10 }',
    });
  }
  if (raw.length < PSFS_MIN_ACTIVITIES)
    return fail({ path: '', message: 'no activities given; the PSFS needs at least one activity rated 0–10' });
  if (raw.length > PSFS_MAX_ACTIVITIES) {
    return fail({ path: '', message: `${raw.length} activities given; the PSFS takes at most ${PSFS_MAX_ACTIVITIES}` });
  }
  const problems: Problem[] = [];
  const activities: PsfsActivity[] = [];
  raw.forEach((entry: unknown, i) => {
    const path = `[${i}]`;
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry)) {
      const record = entry as Record<string, unknown>;
      const name = record['activity'];
      const label =
        typeof name === 'string' && name.trim() !== '' ? `activity ${i + 1} ("${name.trim()}")` : `activity ${i + 1}`;
      for (const key of Object.keys(record)) {
        if (key !== 'activity' && key !== 'score')
          problems.push({
            path: `${path}.${key}`,
            message: `${label}: unknown field "${key}"; expected activity and score`,
          });
      }
      if (name !== undefined && name !== null && (typeof name !== 'string' || name.trim() === '')) {
        problems.push({ path: `${path}.activity`, message: `${label}: the activity name must be non-empty text` });
      }
      const score = readRating(record['score'], `${path}.score`, label, problems);
      if (score !== null) activities.push({ activity: typeof name === 'string' ? name.trim() : null, score });
    } else {
      const score = readRating(entry, path, `activity ${i + 1}`, problems);
      if (score !== null) activities.push({ activity: null, score });
    }
  });
  return problems.length > 0 ? fail(...problems) : ok(activities);
}

/** Scores the PSFS as the mean rating. `options.minAnswered` does not apply: every listed activity must be rated. */
export function scorePsfs(raw: unknown, _options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readActivities(raw);
  if (!read.ok) return read;
  const activities = read.value;
  const sum = activities.reduce((total, a) => total + a.score, 0);
  return ok({
    instrument: 'psfs',
    // Stratford 1995: total = Σ activity scores / number of activities.
    score: sum / activities.length,
    unit: 'points',
    details: { activities },
    answered: activities.length,
    missing: 0,
    missingItems: [],
    ruleId: 'score.psfs',
  });
}

export const psfs: Instrument = {
  id: 'psfs',
  name: 'Patient-Specific Functional Scale',
  description:
    'Activities the patient finds hard, named by the patient and rated 0 (unable) to 10 (as before the problem); the score is the mean (higher is better). Re-rate the same activities at follow-up.',
  inputHelp:
    'A list of 1–5 ratings (whole numbers 0–10), or of { "activity": "name", "score": 0–10 }; the same activities must be re-rated at follow-up.',
  change: {
    better: 'higher',
    mcid: PSFS_MCID,
    mdc: PSFS_MDC,
    source:
      'Stratford et al. 1995 / PSFS scoring sheet (MDC90 2 points for the average, 3 for a single activity); Rysstad et al. 2020 (MIC 1.9–2.0, shoulder pain); Abbott & Schmitt 2014 (small/medium/large 1.3/2.3/2.7)',
  },
  source: 'Stratford et al., Physiother Can 1995;47:258',
  licence:
    'Free to use, reproduced with the permission of the authors. Activities are named by the patient; Tandem shows its own instructions and anchors.',
  score: scorePsfs,
};

// Keele STarT Back Screening Tool: nine items giving a 0–9 total, a 0–5 psychosocial subscale and a low/medium/high risk group.
import { ok, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { readAnswers, requireAnswered, type Answers } from './items.ts';

const yesNo = (id: string, label: string): ItemDef => ({ id, label, min: 0, max: 1 });

/** Hill 2008 / Keele: Q1–Q8 agree = 1 / disagree = 0; Q9 bothersomeness 0 (not at all) … 4 (extremely). Labels are Tandem's own. */
export const STARTBACK_ITEMS: readonly ItemDef[] = [
  yesNo('leg_pain', 'Pain has spread down a leg lately'),
  yesNo('shoulder_neck_pain', 'Shoulder or neck pain as well'),
  yesNo('walks_short_distances', 'Walking only short distances because of the back'),
  yesNo('dresses_slowly', 'Dressing more slowly because of the back'),
  yesNo('activity_unsafe', 'Feels unsafe being active'),
  yesNo('worrying_thoughts', 'Often troubled by worrying thoughts'),
  yesNo('never_better', 'Expects the back never to get better'),
  yesNo('little_enjoyment', 'Enjoying things less'),
  {
    id: 'bothersomeness',
    label: 'How much the back pain has bothered them (0 not at all – 4 extremely)',
    min: 0,
    max: 4,
  },
];

/** Q9 counts as one positive item only from this code up ("very much" = 3, "extremely" = 4). */
export const STARTBACK_Q9_POSITIVE_FROM = 3; // Hill 2008 / Keele scoring: Q9 positive for "very much" or "extremely"
/** 1-based items of the psychosocial subscale (Q9 counted as 0/1). */
export const STARTBACK_PSYCHOSOCIAL_ITEMS = [5, 6, 7, 8, 9] as const; // Keele scoring: subscale = Q5–Q9 (0–5)
/** Totals at or below this are low risk. */
export const STARTBACK_LOW_MAX_TOTAL = 3; // Keele scoring: total 0–3 = low risk
/** Psychosocial subscales at or above this are high risk (they always imply a total of at least 4). */
export const STARTBACK_HIGH_MIN_SUBSCALE = 4; // Keele scoring: subscale 4–5 = high risk
/** No MCID is published for a screening tool; a one-point change is the smallest step, and a change of risk group is what matters. */
export const STARTBACK_MCID = 1; // [P] Tandem: no published MCID; see the change source

export type StartBackRisk = 'low' | 'medium' | 'high';

/** Item points: Q1–Q8 as answered, Q9 as 1 when at or above the positive code. */
const points = (answers: Answers): number[] =>
  answers.map((a, i) => (i === 8 ? ((a ?? 0) >= STARTBACK_Q9_POSITIVE_FROM ? 1 : 0) : (a ?? 0)));

/** Keele risk group from the total and the psychosocial subscale. */
export function startBackRisk(total: number, psychosocial: number): StartBackRisk {
  if (psychosocial >= STARTBACK_HIGH_MIN_SUBSCALE) return 'high';
  return total <= STARTBACK_LOW_MAX_TOTAL ? 'low' : 'medium';
}

/**
 * Nine answers (array in item order or object keyed by id or number). All nine are needed: the Keele scoring has
 * no rule for missing answers and a missing item could change the risk group, so `options.minAnswered` cannot lower it.
 */
export function scoreStartBack(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readAnswers(STARTBACK_ITEMS, raw);
  if (!read.ok) return read;
  const answers = read.value;
  const n = STARTBACK_ITEMS.length;
  const policy =
    options.minAnswered !== undefined && options.minAnswered < n
      ? `the Keele scoring needs all ${n}; minAnswered ${options.minAnswered} cannot lower this`
      : `the Keele scoring needs all ${n}`;
  const counted = requireAnswered(STARTBACK_ITEMS, answers, n, policy);
  if (!counted.ok) return counted;
  const itemPoints = points(answers);
  const total = itemPoints.reduce((s, p) => s + p, 0);
  const psychosocial = STARTBACK_PSYCHOSOCIAL_ITEMS.reduce((s, q) => s + (itemPoints[q - 1] ?? 0), 0);
  const q9 = answers[8] ?? 0;
  return ok({
    instrument: 'startback',
    score: total,
    unit: 'points',
    subscales: { psychosocial },
    band: startBackRisk(total, psychosocial),
    bandSource: 'Keele STarT Back scoring (low: total ≤3; medium: total ≥4 and psychosocial ≤3; high: psychosocial ≥4)',
    details: { bothersomenessAnswer: q9, bothersomenessCounted: q9 >= STARTBACK_Q9_POSITIVE_FROM },
    answered: counted.value,
    missing: 0,
    missingItems: [],
    ruleId: 'score.startback',
  });
}

export const startback: Instrument = {
  id: 'startback',
  name: 'Keele STarT Back Screening Tool',
  description:
    'Screens low-back pain for risk of a poor outcome: total 0–9 and psychosocial subscale 0–5 give a low, medium or high risk group. A screening tool, not an outcome measure.',
  items: STARTBACK_ITEMS,
  change: {
    better: 'lower',
    mcid: STARTBACK_MCID,
    source:
      'No MCID is published (a screening tool, not an outcome measure); Tandem treats a change of risk group as the meaningful change and uses 1 point, the smallest step, only as a placeholder',
  },
  source: 'Hill et al., Arthritis Rheum 2008;59:632; Keele University scoring guide',
  licence:
    '© Keele University: free for clinical use; a licence is needed for commercial or software use (check with Keele). Tandem shows its own short item labels, not the questionnaire wording.',
  score: scoreStartBack,
};

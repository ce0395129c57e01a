// Shoulder Pain and Disability Index (Roach 1991; numeric 0–10 version, Williams 1995): pain and disability subscales in percent.
import { fail, ok, type Problem, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { countAnswered, missingIds, readAnswers, requireAnswered, sumAnswered, type Answers } from './items.ts';

const item = (id: string, label: string): ItemDef => ({ id, label, min: 0, max: 10 });

/** The thirteen SPADI items in published order (Roach 1991); labels are Tandem's own. */
export const SPADI_ITEMS: readonly ItemDef[] = [
  item('pain_worst', 'Pain at its worst'),
  item('pain_lying', 'Pain lying on the sore side'),
  item('pain_reach_high', 'Pain reaching up high'),
  item('pain_behind_neck', 'Pain reaching behind your neck'),
  item('pain_pushing', 'Pain pushing with the sore arm'),
  item('wash_hair', 'Washing your hair'),
  item('wash_back', 'Washing your back'),
  item('pullover', 'Pulling a top on over your head'),
  item('buttoned_shirt', 'Doing up a front-opening shirt'),
  item('trousers', 'Getting trousers on'),
  item('high_shelf', 'Putting something on a high shelf'),
  item('heavy_carry', 'Carrying a heavy load'),
  item('back_pocket', 'Reaching into a back pocket'),
];

/** Roach 1991: pain subscale is items 1–5, disability subscale items 6–13 (0-based indices here). */
export const SPADI_SUBSCALES = {
  pain: [0, 1, 2, 3, 4],
  disability: [5, 6, 7, 8, 9, 10, 11, 12],
} as const satisfies Record<string, readonly number[]>;
type SubscaleName = keyof typeof SPADI_SUBSCALES;
const SUBSCALE_NAMES: readonly SubscaleName[] = ['pain', 'disability'];

/** [P] Roach et al. 1991 publish no limit; Tandem refuses more than 2 missing items in a subscale (configurable via minAnswered). */
export const SPADI_MAX_MISSING_PER_SUBSCALE = 2;
/** Roy et al. 2009 review: MCID 8–13 points; Tandem uses 10. */
export const SPADI_MCID = 10;
/** SPADI scoring sheet: MDC(90 %) = 13 points. */
export const SPADI_MDC = 13;

/** Williams 1995 scoring: Σ / (10 × items answered) × 100, as (Σ × 100) / (10 × n) so exact results stay exact. */
const percentOf = (answers: Answers, indices?: readonly number[]): number =>
  (sumAnswered(answers, indices) * 100) / (10 * countAnswered(answers, indices));

const missingIn = (answers: Answers, indices: readonly number[]): string[] =>
  indices.filter((i) => answers[i] === null).map((i) => SPADI_ITEMS[i]?.id ?? `item ${i + 1}`);

/**
 * Default policy: each subscale may miss at most 2 items. With `options.minAnswered` the per-subscale limit is replaced by
 * "at least minAnswered of 13 answered", and each subscale still needs one answered item so that its percent exists.
 */
function checkMissing(answers: Answers, options: ScoreOptions): Problem[] {
  const problems: Problem[] = [];
  if (options.minAnswered !== undefined) {
    const counted = requireAnswered(SPADI_ITEMS, answers, Math.max(1, options.minAnswered), 'minAnswered option');
    if (!counted.ok) problems.push(...counted.problems);
  }
  for (const name of SUBSCALE_NAMES) {
    const indices = SPADI_SUBSCALES[name];
    const missing = missingIn(answers, indices);
    const limit = options.minAnswered === undefined ? SPADI_MAX_MISSING_PER_SUBSCALE : indices.length - 1;
    if (missing.length > limit) {
      const policy =
        options.minAnswered === undefined
          ? `at most ${SPADI_MAX_MISSING_PER_SUBSCALE} may be missing (Tandem policy for the SPADI, configurable)`
          : 'at least one item is needed to score it';
      problems.push({
        path: missing.join(','),
        message: `${name} subscale: ${missing.length} of ${indices.length} items missing; ${policy}; missing: ${missing.join(', ')}`,
      });
    }
  }
  return problems;
}

export function scoreSpadi(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readAnswers(SPADI_ITEMS, raw);
  if (!read.ok) return read;
  const answers = read.value;
  const problems = checkMissing(answers, options);
  if (problems.length > 0) return fail(...problems);
  const pain = percentOf(answers, SPADI_SUBSCALES.pain);
  const disability = percentOf(answers, SPADI_SUBSCALES.disability);
  const answered = countAnswered(answers);
  return ok({
    instrument: 'spadi',
    // The SPADI sheet describes both totals: the default is the sum method (Σ / (10 × answered) × 100), labelled; the mean of subscales is in details.
    score: percentOf(answers),
    unit: 'percent',
    subscales: { pain, disability },
    details: { totalMethod: 'sum', totalMeanOfSubscales: (pain + disability) / 2 },
    answered,
    missing: SPADI_ITEMS.length - answered,
    missingItems: missingIds(SPADI_ITEMS, answers),
    ruleId: 'score.spadi',
  });
}

export const spadi: Instrument = {
  id: 'spadi',
  name: 'Shoulder Pain and Disability Index (numeric version)',
  description:
    'Shoulder pain and disability, each 0–100 %, with a total (higher is worse). The headline total is the sum method; the mean of the two subscales is in details.',
  items: SPADI_ITEMS,
  change: {
    better: 'lower',
    mcid: SPADI_MCID,
    mdc: SPADI_MDC,
    source:
      'Roy et al. 2009 review (MCID 8–13; Tandem uses 10); SPADI scoring sheet (MDC90 13); Tveitå et al., BMC MSD 2008;9:161 (smallest detectable difference 17 in adhesive capsulitis)',
  },
  source: 'Roach et al., Arthritis Care Res 1991;4:143; Williams et al., J Rheumatol 1995;22:727',
  licence:
    'Commonly free to reproduce, no licensing body found; item text is © the authors. Tandem shows its own item labels, not the questionnaire text.',
  score: scoreSpadi,
};

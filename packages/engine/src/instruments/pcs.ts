// Pain Catastrophizing Scale: 13 items 0–4, a 0–52 total and three subscales (rumination, magnification, helplessness).
import { fail, ok, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { countAnswered, missingIds, readAnswers, requireAnswered, sumAnswered } from './items.ts';

export const PCS_ITEM_MIN = 0; // Sullivan 1995: 0 = not at all
export const PCS_ITEM_MAX = 4; // Sullivan 1995: 4 = all the time

const item = (id: string, label: string): ItemDef => ({ id, label, min: PCS_ITEM_MIN, max: PCS_ITEM_MAX });

/** The 13 items in published order; labels are Tandem's own topic tags, not the questionnaire wording. */
export const PCS_ITEMS: readonly ItemDef[] = [
  item('will_it_end', 'Worrying whether the pain will ever stop'),
  item('cannot_go_on', 'Feeling unable to carry on'),
  item('never_improve', 'Expecting it never to improve'),
  item('overwhelmed', 'Feeling overwhelmed by the pain'),
  item('cannot_bear', 'Feeling unable to bear it any longer'),
  item('fear_worse', 'Fearing the pain will grow'),
  item('other_painful_events', 'Recalling other painful times'),
  item('want_it_gone', 'Anxiously wanting the pain gone'),
  item('cannot_put_aside', 'Unable to put the pain out of mind'),
  item('how_much_it_hurts', 'Dwelling on how much it hurts'),
  item('want_it_to_stop', 'Dwelling on wanting it to stop'),
  item('nothing_helps', 'Feeling nothing lowers the pain'),
  item('something_serious', 'Wondering whether something serious will happen'),
];

/** 1-based items of each subscale. */
export const PCS_SUBSCALES = {
  rumination: [8, 9, 10, 11], // Sullivan 1995: rumination = items 8–11 (0–16)
  magnification: [6, 7, 13], // Sullivan 1995: magnification = items 6, 7, 13 (0–12)
  helplessness: [1, 2, 3, 4, 5, 12], // Sullivan 1995: helplessness = items 1–5 and 12 (0–24)
} as const;
export type PcsSubscale = keyof typeof PCS_SUBSCALES;

/** A total at or above this is a clinically relevant level of catastrophizing. */
export const PCS_CLINICALLY_RELEVANT_FROM = 30; // Sullivan PCS manual: 30 or above (75th percentile); the manual's ≥30 wins over RehabMeasures' "above 30"
export const PCS_MCID = 8; // Monticone 2022: MIC 8 points in chronic LBP rehabilitation
export const PCS_MCID_HIGH_BASELINE = 11; // Monticone 2022: MIC 11 points when the baseline is above 30
export const PCS_MDC = 7.73; // Monticone 2022: MDC 7.73 points

const subscaleIndices = (name: PcsSubscale): number[] => PCS_SUBSCALES[name].map((n) => n - 1);

/**
 * 13 answers 0–4 (array in item order or object keyed by id or number). [P] All 13 are required; when
 * `options.minAnswered` allows fewer, the total and each subscale are scaled up from their answered items.
 */
export function scorePcs(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readAnswers(PCS_ITEMS, raw);
  if (!read.ok) return read;
  const answers = read.value;
  const n = PCS_ITEMS.length;
  const counted = requireAnswered(
    PCS_ITEMS,
    answers,
    Math.max(1, options.minAnswered ?? n),
    'Tandem policy for the PCS: all items, configurable',
  );
  if (!counted.ok) return counted;
  const answered = counted.value;
  const prorated = answered < n;

  const subscales: Record<string, number> = {};
  for (const name of Object.keys(PCS_SUBSCALES) as PcsSubscale[]) {
    const indices = subscaleIndices(name);
    const got = countAnswered(answers, indices);
    if (got === 0) {
      const ids = indices.map((i) => PCS_ITEMS[i]?.id ?? String(i + 1));
      return fail({
        path: ids.join(','),
        message: `cannot prorate the ${name} subscale: none of its items is answered (${ids.join(', ')})`,
      });
    }
    // [P] Proration scales the answered subscale sum to its item count; exact when nothing is missing.
    subscales[name] = (sumAnswered(answers, indices) * indices.length) / got;
  }
  const sum = sumAnswered(answers);
  const score = prorated ? (sum * n) / answered : sum;
  return ok({
    instrument: 'pcs',
    score,
    unit: 'points',
    subscales,
    band: score >= PCS_CLINICALLY_RELEVANT_FROM ? 'clinically_relevant' : 'below_threshold',
    bandSource: 'Sullivan PCS manual (≥30, 75th percentile of clinical samples)',
    details: prorated
      ? {
          prorated: true,
          answeredSum: sum,
          proration: `answered sum × ${n} / ${answered} answered, each subscale likewise (Tandem policy; no published rule)`,
        }
      : { prorated: false },
    answered,
    missing: n - answered,
    missingItems: missingIds(PCS_ITEMS, answers),
    ruleId: 'score.pcs',
  });
}

export const pcs: Instrument = {
  id: 'pcs',
  name: 'Pain Catastrophizing Scale (PCS)',
  description:
    'How much a person ruminates on, magnifies and feels helpless about pain, 0–52 (higher is worse); 30 or more is clinically relevant.',
  items: PCS_ITEMS,
  change: {
    better: 'lower',
    mcid: PCS_MCID,
    mdc: PCS_MDC,
    source: `Monticone et al., Eur J Phys Rehabil Med 2022;58:68 (chronic LBP: MIC ${PCS_MCID}, or ${PCS_MCID_HIGH_BASELINE} when the baseline is above 30; MDC ${PCS_MDC})`,
  },
  source: 'Sullivan, Bishop & Pivik, Psychol Assess 1995;7:524; PCS manual',
  licence:
    '© M. Sullivan: free for non-commercial clinical and research use; ask the Sullivan lab before commercial use. Tandem shows its own short item labels, not the questionnaire wording.',
  score: scorePcs,
};

// Numeric Pain Rating Scale (NRS-11): one whole number from 0 (no pain) to 10 (worst imaginable), banded by severity.
import { fail, ok, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';

/** One item; the label is Tandem's own. Store the recall window (now, average or worst over 24 h / 1 week) with the value. */
export const NPRS_ITEMS: readonly ItemDef[] = [
  { id: 'score', label: 'Pain from 0 (none) to 10 (worst you can imagine)', min: 0, max: 10 },
];

export interface NprsBandEdge {
  /** Highest rating (inclusive) in the band. */
  max: number;
  band: string;
}

/** Krebs et al. 2007: 1–3 mild, 4–6 moderate, 7–10 severe (Tandem default; 0 = none). */
export const NPRS_BANDS_KREBS: readonly NprsBandEdge[] = [
  { max: 0, band: 'none' },
  { max: 3, band: 'mild' },
  { max: 6, band: 'moderate' },
  { max: 10, band: 'severe' },
];

/** Serlin et al. 1995 (cancer pain): 1–4 mild, 5–6 moderate, 7–10 severe (0 = none). */
export const NPRS_BANDS_SERLIN: readonly NprsBandEdge[] = [
  { max: 0, band: 'none' },
  { max: 4, band: 'mild' },
  { max: 6, band: 'moderate' },
  { max: 10, band: 'severe' },
];

/** Boonstra et al., Front Psychol 2016;7:1466 (chronic MSK pain): ≤5 mild, 6–7 moderate, ≥8 severe (0 = none). */
export const NPRS_BANDS_BOONSTRA: readonly NprsBandEdge[] = [
  { max: 0, band: 'none' },
  { max: 5, band: 'mild' },
  { max: 7, band: 'moderate' },
  { max: 10, band: 'severe' },
];

/** Farrar et al., Pain 2001;94:149: a change of about 2 points matters. */
export const NPRS_MCID = 2;
/** Farrar et al., Pain 2001;94:149: or a change of about 30 % of baseline. */
export const NPRS_MCID_PERCENT = 30;

// Citations shown with each band: the three published severity schemes disagree, so each names its source.
const KREBS_SOURCE = 'Krebs et al. 2007 (1–3 / 4–6 / 7–10)';
const SERLIN_SOURCE = 'Serlin et al. 1995, cancer pain (1–4 / 5–6 / 7–10)';
const BOONSTRA_SOURCE = 'Boonstra et al., Front Psychol 2016;7:1466, chronic MSK pain (≤5 / 6–7 / ≥8)';

const bandOf = (edges: readonly NprsBandEdge[], value: number): string | undefined =>
  edges.find((b) => value <= b.max)?.band;

const show = (value: unknown): string =>
  typeof value === 'number' || typeof value === 'bigint' ? String(value) : JSON.stringify(value);

/** Accepts a number, a one-element array or `{ "score": n }`; the value must be a whole number 0–10. */
function readRating(raw: unknown): Result<number> {
  let value: unknown;
  let path = '';
  if (Array.isArray(raw)) {
    if (raw.length !== 1) return fail({ path: '', message: `expected one pain rating, got ${raw.length} values` });
    value = raw[0] as unknown;
    path = '[0]';
  } else if (raw !== null && typeof raw === 'object') {
    const extra = Object.keys(raw).filter((key) => key !== 'score');
    if (extra.length > 0) {
      return fail({
        path: extra.join(','),
        message: `unknown field ${extra.map((k) => `"${k}"`).join(', ')}; expected { "score": 0–10 }`,
      });
    }
    value = (raw as Record<string, unknown>)['score'];
    path = 'score';
  } else {
    value = raw;
  }
  if (value === null || value === undefined || value === '') {
    return fail({ path, message: 'no pain rating given; expected a whole number 0–10' });
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return fail({ path, message: `pain rating (score): ${show(value)} is not a whole number 0–10` });
  }
  if (value < 0 || value > 10) {
    return fail({ path, message: `pain rating (score): ${value} is outside 0–10` });
  }
  return ok(value);
}

/** Scores one NPRS rating. `options.minAnswered` does not apply: the single item must be answered. */
export function scoreNprs(raw: unknown, _options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readRating(raw);
  if (!read.ok) return read;
  const score = read.value;
  const band = bandOf(NPRS_BANDS_KREBS, score);
  const serlin = bandOf(NPRS_BANDS_SERLIN, score);
  const boonstra = bandOf(NPRS_BANDS_BOONSTRA, score);
  if (!band || !serlin || !boonstra) return fail({ path: '', message: `score ${score} is outside 0–10` });
  return ok({
    instrument: 'nprs',
    score,
    unit: 'points',
    band,
    bandSource: KREBS_SOURCE,
    details: {
      bands: {
        serlin1995: { band: serlin, source: SERLIN_SOURCE },
        boonstra2016: { band: boonstra, source: BOONSTRA_SOURCE },
      },
    },
    answered: 1,
    missing: 0,
    missingItems: [],
    ruleId: 'score.nprs',
  });
}

export const nprs: Instrument = {
  id: 'nprs',
  name: 'Numeric Pain Rating Scale (NRS-11)',
  description:
    'How strong the pain is, from 0 (none) to 10 (worst imaginable); lower is better. Record the recall window with the rating.',
  items: NPRS_ITEMS,
  change: {
    better: 'lower',
    mcid: NPRS_MCID,
    mcidPercent: NPRS_MCID_PERCENT,
    source:
      'Farrar et al., Pain 2001;94:149 (2 points or 30 %); Salaffi et al., Eur J Pain 2004;8:283 (chronic MSK: 1 point or 15 % minimal, 2 points or 33 % much better); Cleland et al. 2008 (mechanical neck pain: 1.3)',
  },
  source: 'Bands: Krebs et al. 2007 (default), Serlin et al. 1995, Boonstra et al. 2016; change: Farrar et al. 2001',
  licence: 'Public domain; Tandem shows its own wording for the question and anchors.',
  score: scoreNprs,
};

// Neck Disability Index (Vernon & Mior 1991): ten sections scored 0–5, raw 0–50, reported as percent disability.
import { fail, ok, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { missingIds, readAnswers, requireAnswered, sumAnswered } from './items.ts';

const section = (id: string, label: string): ItemDef => ({ id, label, min: 0, max: 5 });

/** Section topics of Vernon & Mior 1991; labels are Tandem's own. */
export const NDI_ITEMS: readonly ItemDef[] = [
  section('pain_intensity', 'How strong the neck pain is right now'),
  section('personal_care', 'Washing and dressing yourself'),
  section('lifting', 'Lifting things'),
  section('reading', 'Reading'),
  section('headaches', 'Headaches'),
  section('concentration', 'Concentrating'),
  section('work', 'Work'),
  section('driving', 'Driving (leave blank if you do not drive)'),
  section('sleeping', 'Sleeping'),
  section('recreation', 'Recreation and hobbies'),
];

/** Vernon & Mior 1991: raw score 0–50 (10 sections × 5). */
export const NDI_RAW_MAX = 50;

/** [P] Score only with at least 9 of 10 sections (Vernon's scoring imputes the mean of the answered items with no stated limit). */
export const NDI_MIN_ANSWERED = 9;

/** Vernon & Mior 1991: raw bands 0–4, 5–14, 15–24, 25–34, >34, applied to the unrounded raw as <5, <15, <25, <35. */
export const NDI_RAW_BANDS = [
  { below: 5, band: 'none' },
  { below: 15, band: 'mild' },
  { below: 25, band: 'moderate' },
  { below: 35, band: 'severe' },
  { below: Infinity, band: 'complete' },
] as const;

/** Vernon, JMPT 2008;31:491: MCID = 5 raw points = 10 percentage points. */
export const NDI_MCID = 10;
/** Vernon, JMPT 2008;31:491: MDC = 5 raw points = 10 percentage points. */
export const NDI_MDC = 10;

export function scoreNdi(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readAnswers(NDI_ITEMS, raw);
  if (!read.ok) return read;
  const answers = read.value;
  const min = Math.max(1, options.minAnswered ?? NDI_MIN_ANSWERED);
  const counted = requireAnswered(NDI_ITEMS, answers, min, 'Tandem policy for the NDI, configurable');
  if (!counted.ok) return counted;
  const answered = counted.value;
  const sum = sumAnswered(answers);
  // Vernon: adding the mean of the answered items for each missing one is proration, raw = Σ × 10/n.
  const rawScore = (sum * NDI_ITEMS.length) / answered;
  // Percent = Σ / (5 × answered) × 100.
  const score = (sum * 100) / (5 * answered);
  const band = NDI_RAW_BANDS.find((b) => rawScore < b.below)?.band;
  if (!band) return fail({ path: '', message: `raw score ${rawScore} is outside 0–${NDI_RAW_MAX}` });
  return ok({
    instrument: 'ndi',
    score,
    unit: 'percent',
    band,
    bandSource: 'Vernon & Mior 1991 (raw /50: <5 none, <15 mild, <25 moderate, <35 severe, else complete)',
    details: { raw: rawScore, rawMax: NDI_RAW_MAX, prorated: answered < NDI_ITEMS.length },
    answered,
    missing: NDI_ITEMS.length - answered,
    missingItems: missingIds(NDI_ITEMS, answers),
    ruleId: 'score.ndi',
  });
}

export const ndi: Instrument = {
  id: 'ndi',
  name: 'Neck Disability Index',
  description:
    'How much neck pain limits everyday activities, as percent disability (higher is worse); the raw score out of 50 is in details.',
  items: NDI_ITEMS,
  change: {
    better: 'lower',
    mcid: NDI_MCID,
    mdc: NDI_MDC,
    source:
      'Vernon, JMPT 2008;31:491 (MDC = MCID = 5 raw points = 10 percentage points); Stratford 1999 (about 4.7 raw points); Cleland et al., APMR 2008;89:69 (19 percentage points in mechanical neck pain)',
  },
  source: 'Vernon & Mior, JMPT 1991;14:409; Vernon, JMPT 2008;31:491',
  licence:
    '© H. Vernon, distributed by Mapi Research Trust (ePROVIDE); fees possible for IT/commercial use. Tandem shows its own section labels, not the form text.',
  score: scoreNdi,
};

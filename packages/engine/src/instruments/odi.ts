// Oswestry Disability Index v2.1a: ten sections scored 0–5, reported as percent disability.
import { fail, ok, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { missingIds, readAnswers, requireAnswered, sumAnswered } from './items.ts';

const section = (id: string, label: string): ItemDef => ({ id, label, min: 0, max: 5 });

/** Section topics of v2.1a (Fairbank & Pynsent 2000); labels are Tandem's own. */
export const ODI_ITEMS: readonly ItemDef[] = [
  section('pain_intensity', 'How strong the pain is right now'),
  section('personal_care', 'Washing and dressing yourself'),
  section('lifting', 'Lifting things'),
  section('walking', 'Walking'),
  section('sitting', 'Sitting'),
  section('standing', 'Standing'),
  section('sleeping', 'Sleeping'),
  section('sex_life', 'Sex life (leave blank if it does not apply)'),
  section('social_life', 'Social life'),
  section('travelling', 'Travelling'),
];

/** [P] Score only with at least 9 of 10 sections (Fairbank & Pynsent 2000 give no limit; awell-score refuses >1 missing). */
export const ODI_MIN_ANSWERED = 9;

/** Fairbank 2000 bands on percent; no achievable score lies strictly between the edges, so ≤ comparisons are exact. */
export const ODI_BANDS = [
  { max: 20, band: 'minimal' },
  { max: 40, band: 'moderate' },
  { max: 60, band: 'severe' },
  { max: 80, band: 'crippled' },
  { max: 100, band: 'bed_bound' },
] as const;

export function scoreOdi(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readAnswers(ODI_ITEMS, raw);
  if (!read.ok) return read;
  const answers = read.value;
  const counted = requireAnswered(
    ODI_ITEMS,
    answers,
    options.minAnswered ?? ODI_MIN_ANSWERED,
    'Tandem policy for the ODI, configurable',
  );
  if (!counted.ok) return counted;
  const answered = counted.value;
  // Fairbank 2000: percent = sum / (5 × sections answered) × 100.
  const score = (sumAnswered(answers) * 100) / (5 * answered);
  const band = ODI_BANDS.find((b) => score <= b.max)?.band;
  if (!band) return fail({ path: '', message: `score ${score} is outside 0–100` });
  return ok({
    instrument: 'odi',
    score,
    unit: 'percent',
    band,
    bandSource: 'Fairbank & Pynsent 2000',
    answered,
    missing: ODI_ITEMS.length - answered,
    missingItems: missingIds(ODI_ITEMS, answers),
    ruleId: 'score.odi',
  });
}

export const odi: Instrument = {
  id: 'odi',
  name: 'Oswestry Disability Index (v2.1a)',
  description: 'How much low-back pain limits everyday activities, as percent disability (higher is worse).',
  items: ODI_ITEMS,
  // Ostelo 2008 consensus: 10 points or 30%; scoring sheet MDC90 = 10 points.
  change: {
    better: 'lower',
    mcid: 10,
    mcidPercent: 30,
    mdc: 10,
    source: 'Ostelo et al., Spine 2008;33:90 (MCID); ODI scoring sheet (MDC90)',
  },
  source: 'Fairbank & Pynsent, Spine 2000;25:2940',
  licence: '© J. Fairbank, distributed by Mapi Research Trust; Tandem shows its own section labels, not the form text.',
  score: scoreOdi,
};

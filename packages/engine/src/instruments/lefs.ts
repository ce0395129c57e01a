// Lower Extremity Functional Scale (Binkley 1999): twenty activities scored 0–4, total 0–80, higher is better.
import { ok, type Result } from '../result.ts';
import type { Instrument, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { missingIds, readAnswers, requireAnswered, sumAnswered } from './items.ts';

const item = (id: string, label: string): ItemDef => ({ id, label, min: 0, max: 4 });

/** The twenty LEFS activities in published order (Binkley 1999); labels are Tandem's own. */
export const LEFS_ITEMS: readonly ItemDef[] = [
  item('usual_activities', 'Your usual work, housework or study'),
  item('usual_hobbies', 'Your usual hobbies and sport'),
  item('bath', 'Getting in and out of the bath'),
  item('walk_indoors', 'Walking around indoors'),
  item('shoes_socks', 'Putting on shoes and socks'),
  item('squat', 'Squatting down'),
  item('lift_from_floor', 'Lifting a bag up from the floor'),
  item('light_housework', 'Light jobs at home'),
  item('heavy_housework', 'Heavy jobs at home'),
  item('car', 'Getting in and out of a car'),
  item('walk_short', 'A short walk outdoors'),
  item('walk_long', 'A long walk outdoors'),
  item('stairs', 'A flight of stairs, up or down'),
  item('stand_hour', 'Standing for an hour'),
  item('sit_hour', 'Sitting for an hour'),
  item('run_flat', 'Running on flat ground'),
  item('run_rough', 'Running on rough ground'),
  item('run_turns', 'Quick turns while running'),
  item('hop', 'Hopping'),
  item('roll_in_bed', 'Turning over in bed'),
];

/** [P] Binkley et al. 1999 give no proration rule, so Tandem requires all 20 unless minAnswered allows fewer. */
export const LEFS_MIN_ANSWERED = 20;
/** Binkley 1999: total 0–80 (20 items × 4). */
export const LEFS_MAX = 80;
/** Binkley et al., Phys Ther 1999;79:371: MCID 9 points. */
export const LEFS_MCID = 9;
/** Binkley et al., Phys Ther 1999;79:371: MDC 9 points (single-score error ±5.3, 90 % CI). */
export const LEFS_MDC = 9;

export function scoreLefs(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readAnswers(LEFS_ITEMS, raw);
  if (!read.ok) return read;
  const answers = read.value;
  const min = Math.max(1, options.minAnswered ?? LEFS_MIN_ANSWERED);
  const counted = requireAnswered(
    LEFS_ITEMS,
    answers,
    min,
    'Tandem policy for the LEFS: all 20, or fewer with proration if minAnswered allows',
  );
  if (!counted.ok) return counted;
  const answered = counted.value;
  const sum = sumAnswered(answers);
  const prorated = answered < LEFS_ITEMS.length;
  return ok({
    instrument: 'lefs',
    // Binkley 1999: total = Σ items; [P] with items missing (only if minAnswered allows), prorated as Σ × 20/n.
    score: prorated ? (sum * LEFS_ITEMS.length) / answered : sum,
    unit: 'points',
    details: {
      prorated,
      rawSum: sum,
      ...(prorated
        ? {
            proration: `sum ${sum} of ${answered} items × ${LEFS_ITEMS.length}/${answered} (Tandem policy; Binkley 1999 gives no proration rule)`,
          }
        : {}),
    },
    answered,
    missing: LEFS_ITEMS.length - answered,
    missingItems: missingIds(LEFS_ITEMS, answers),
    ruleId: 'score.lefs',
  });
}

export const lefs: Instrument = {
  id: 'lefs',
  name: 'Lower Extremity Functional Scale',
  description:
    'How hard everyday and sporting activities are because of a leg, hip, knee, ankle or foot problem, 0–80 (higher is better).',
  items: LEFS_ITEMS,
  change: {
    better: 'higher',
    mcid: LEFS_MCID,
    mdc: LEFS_MDC,
    source: 'Binkley et al., Phys Ther 1999;79:371 (MCID 9, MDC 9; single-score error ±5.3 at 90 % CI)',
  },
  source: 'Binkley et al., Phys Ther 1999;79:371',
  licence: 'Free to use; Tandem shows its own short labels for the 20 activities, not the questionnaire text.',
  score: scoreLefs,
};

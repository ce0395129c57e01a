// Tampa Scale of Kinesiophobia: the 17-item original (four items reverse-scored) and Woby's 11-item short form.
import { ok, type Result } from '../result.ts';
import type { Instrument, InstrumentId, ItemDef, ScoreOptions, ScoreResult } from './instrument.ts';
import { missingIds, readAnswers, requireAnswered, type Answers } from './items.ts';

/** Answers run 1 (strongly disagree) to 4 (strongly agree). */
export const TSK_ITEM_MIN = 1; // Kori 1990 / Vlaeyen 1995: 4-point agreement scale
export const TSK_ITEM_MAX = 4; // Kori 1990 / Vlaeyen 1995: 4-point agreement scale
/** A reversed item scores `TSK_REVERSE_FROM − answer`. */
export const TSK_REVERSE_FROM = 5; // Vlaeyen 1995: items 4, 8, 12, 16 scored 5 − x
/** 1-based TSK-17 items scored in reverse. */
export const TSK17_REVERSED_ITEMS = [4, 8, 12, 16] as const; // Vlaeyen 1995: the four positively worded items
/** TSK-17 totals strictly above this are high kinesiophobia (37 itself is not; awell-score's `>= 37` is a known defect). */
export const TSK17_HIGH_ABOVE = 37; // Vlaeyen 1995: high kinesiophobia above 37
/** Original TSK-17 item numbers kept in the TSK-11, in form order: form item k is original item `[k − 1]`. */
export const TSK11_ORIGINAL_ITEMS = [1, 2, 3, 5, 6, 7, 10, 11, 13, 15, 17] as const; // Woby 2005: dropped 4, 8, 9, 12, 14, 16
/** A fall of at least this many points is a meaningful improvement, on both versions. */
export const TSK_MCID = 4; // Woby 2005: MCID reduction of 4 points (TSK-17 and TSK-11)
export const TSK17_SEM = 3.16; // Woby 2005: standard error of measurement, TSK-17
export const TSK11_SEM = 2.54; // Woby 2005: standard error of measurement, TSK-11

const item = (id: string, label: string): ItemDef => ({ id, label, min: TSK_ITEM_MIN, max: TSK_ITEM_MAX });

/** The 17 items in published order; labels are Tandem's own topic tags, not the questionnaire wording. */
export const TSK17_ITEMS: readonly ItemDef[] = [
  item('exercise_injury', 'Exercise could hurt me'),
  item('pushing_raises_pain', 'Pushing through would raise my pain'),
  item('body_signals_danger', 'My body is warning me of something serious'),
  item('exercise_eases_pain', 'Exercise could ease my pain'),
  item('not_taken_seriously', 'Others underrate my condition'),
  item('lasting_vulnerability', 'My body has been at risk since the injury'),
  item('pain_means_damage', 'Pain means damage'),
  item('aggravating_not_dangerous', 'Flare-ups are not the same as harm'),
  item('accidental_injury', 'Worry about getting hurt by accident'),
  item('avoid_movement_safest', 'Moving as little as possible is safest'),
  item('pain_signals_danger', 'This much pain must mean danger'),
  item('active_is_better', 'Being active helps despite the pain'),
  item('pain_says_stop', 'Pain tells me when to stop'),
  item('activity_unsafe', 'Activity is unsafe with my condition'),
  item('easily_injured', 'I get hurt too easily to do what others do'),
  item('pain_not_dangerous', 'Strong pain need not be dangerous'),
  item('no_exercise_in_pain', 'Nobody should exercise while in pain'),
];

const pick = <T>(list: readonly T[], oneBased: number): T => {
  const value = list[oneBased - 1];
  if (value === undefined) throw new Error(`no item ${oneBased}`);
  return value;
};

/** The 11 short-form items, in short-form order (same ids as the matching TSK-17 items). */
export const TSK11_ITEMS: readonly ItemDef[] = TSK11_ORIGINAL_ITEMS.map((n) => pick(TSK17_ITEMS, n));

const TSK17_REVERSED_INDICES: ReadonlySet<number> = new Set(TSK17_REVERSED_ITEMS.map((n) => n - 1));

/** Item score after reversal. */
const itemScore = (answer: number, reversed: boolean): number => (reversed ? TSK_REVERSE_FROM - answer : answer);

interface TskForm {
  id: Extract<InstrumentId, 'tsk17' | 'tsk11'>;
  items: readonly ItemDef[];
  reversed: ReadonlySet<number>;
}

function scoreTskForm(form: TskForm, answers: Answers, options: ScoreOptions): Result<ScoreResult> {
  const n = form.items.length;
  // At least one answer, whatever the options say: nothing to prorate from otherwise.
  const counted = requireAnswered(
    form.items,
    answers,
    Math.max(1, options.minAnswered ?? n),
    `Tandem policy for the ${form.id.toUpperCase()}: all items, configurable`,
  );
  if (!counted.ok) return counted;
  const answered = counted.value;
  let sum = 0;
  answers.forEach((answer, i) => {
    if (answer !== null) sum += itemScore(answer, form.reversed.has(i));
  });
  const prorated = answered < n;
  // [P] Below all items (only when options allow it): scale the answered sum up to the full item count.
  const score = prorated ? (sum * n) / answered : sum;
  const result: ScoreResult = {
    instrument: form.id,
    score,
    unit: 'points',
    answered,
    missing: n - answered,
    missingItems: missingIds(form.items, answers),
    ruleId: `score.${form.id}`,
    details: prorated
      ? {
          prorated: true,
          answeredSum: sum,
          proration: `answered sum × ${n} / ${answered} answered (Tandem policy; no published rule)`,
        }
      : { prorated: false },
  };
  if (form.id === 'tsk17') {
    result.band = score > TSK17_HIGH_ABOVE ? 'high' : 'not_high';
    result.bandSource = 'Vlaeyen et al. 1995 (>37 = high kinesiophobia)';
  }
  return ok(result);
}

const TSK17_FORM: TskForm = { id: 'tsk17', items: TSK17_ITEMS, reversed: TSK17_REVERSED_INDICES };
const TSK11_FORM: TskForm = { id: 'tsk11', items: TSK11_ITEMS, reversed: new Set() };

/** TSK-17: 17 answers 1–4 (array in item order or object keyed by id or number); total 17–68, band high above 37. */
export function scoreTsk17(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = readAnswers(TSK17_ITEMS, raw);
  if (!read.ok) return read;
  return scoreTskForm(TSK17_FORM, read.value, options);
}

/**
 * Picks the TSK-11 answers out of a full TSK-17 response (array or object as for `scoreTsk17`).
 * Answers are taken as given: none of the kept items is reverse-scored on either form.
 */
export function tsk11FromTsk17(items17: unknown): Result<Answers> {
  const read = readAnswers(TSK17_ITEMS, items17);
  if (!read.ok) return read;
  const answers = read.value;
  return ok(TSK11_ORIGINAL_ITEMS.map((n) => answers[n - 1] ?? null));
}

const isItems17Wrapper = (raw: unknown): raw is { items17: unknown } =>
  raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.keys(raw).length === 1 && 'items17' in raw;

/**
 * TSK-11: 11 answers 1–4 in short-form order (or keyed by id or short-form number); total 11–44, no band.
 * Also accepts `{ items17: [...] }`, a full TSK-17 response from which the 11 items are taken.
 */
export function scoreTsk11(raw: unknown, options: ScoreOptions = {}): Result<ScoreResult> {
  const read = isItems17Wrapper(raw) ? tsk11FromTsk17(raw.items17) : readAnswers(TSK11_ITEMS, raw);
  if (!read.ok) return read;
  return scoreTskForm(TSK11_FORM, read.value, options);
}

const TSK_LICENCE =
  'Commonly used free of charge (© Kori, Miller & Todd 1990); Tandem shows its own short item labels, not the questionnaire wording.';

export const tsk17: Instrument = {
  id: 'tsk17',
  name: 'Tampa Scale of Kinesiophobia (TSK-17)',
  description: 'Fear of movement and of re-injury, 17–68 (higher is more fear); above 37 is high kinesiophobia.',
  items: TSK17_ITEMS,
  change: {
    better: 'lower',
    mcid: TSK_MCID,
    source: `Woby et al., Pain 2005;117:137 (MCID: a fall of 4 points; SEM ${TSK17_SEM}; no MDC published)`,
  },
  source: 'Kori, Miller & Todd 1990; Vlaeyen et al., Pain 1995;62:363 (reverse items and >37 cut-off)',
  licence: TSK_LICENCE,
  score: scoreTsk17,
};

export const tsk11: Instrument = {
  id: 'tsk11',
  name: 'Tampa Scale of Kinesiophobia (TSK-11)',
  description:
    'Short form of the TSK: fear of movement and of re-injury, 11–44 (higher is more fear); no accepted cut-off.',
  items: TSK11_ITEMS,
  change: {
    better: 'lower',
    mcid: TSK_MCID,
    source: `Woby et al., Pain 2005;117:137 (MCID: a fall of 4 points; SEM ${TSK11_SEM}; no MDC published)`,
  },
  source: 'Woby et al., Pain 2005;117:137',
  licence: TSK_LICENCE,
  score: scoreTsk11,
};

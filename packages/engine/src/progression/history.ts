// A progression history: the prescription at the start, then dated visit and home-log entries and outcome scores.
import { z } from 'zod';
import { ZCaseFile, problemsFromZod } from '../case-file.ts';
import { EXERCISES_BY_ID } from '../knowledge/index.ts';
import { ZPhaseId } from '../knowledge/schema.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { FUNCTIONAL_STATUS } from '../vocabulary/index.ts';

export const ZIsoDate = z.iso.date({ error: 'expected a date as YYYY-MM-DD' });
/** A 0–10 rating (NPRS for pain; sleep quality 10 = best; fatigue 10 = worst). */
const rating = z.number().min(0).max(10);

const exerciseId = z
  .string()
  .refine((id) => EXERCISES_BY_ID.has(id), { error: (issue) => `unknown exercise "${String(issue.input)}"` });

/** Band colours in order of resistance. */
export const BAND_LEVELS = ['extra_light', 'light', 'medium', 'heavy', 'extra_heavy'] as const;
export type BandLevel = (typeof BAND_LEVELS)[number];

export const ZResistance = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('bodyweight') }),
  z.strictObject({ kind: z.literal('weight'), kg: z.number().positive().max(500) }),
  z.strictObject({ kind: z.literal('band'), level: z.enum(BAND_LEVELS) }),
]);
export type Resistance = z.infer<typeof ZResistance>;

/** How far into the movement the exercise goes, in the order it is progressed. */
export const RANGE_LEVELS = ['partial', 'most', 'full'] as const;
export type RangeLevel = (typeof RANGE_LEVELS)[number];

/** What a set is: exactly one of reps, holdSeconds or minutes (as in the knowledge base's doses). */
const volumeFields = {
  sets: z.number().int().min(1).max(20),
  reps: z.number().int().min(1).max(100).optional(),
  holdSeconds: z.number().int().min(1).max(600).optional(),
  minutes: z.number().min(0.5).max(180).optional(),
};
const oneUnit = (v: { reps?: number | undefined; holdSeconds?: number | undefined; minutes?: number | undefined }) =>
  [v.reps, v.holdSeconds, v.minutes].filter((x) => x !== undefined).length === 1;
const ONE_UNIT = { error: 'give exactly one of reps, holdSeconds or minutes' };

/** Silbernagel 2007 (AJSM 35:897): pain during and after up to 5/10 is acceptable. */
export const PAIN_CEILING = 5;

export const ZPrescription = z
  .strictObject({
    exercise: exerciseId,
    ...volumeFields,
    resistance: ZResistance.default({ kind: 'bodyweight' }),
    /** Omitted where range does not apply (walking, breathing). */
    range: z.enum(RANGE_LEVELS).optional(),
    /**
     * Highest pain allowed during and after (Silbernagel 2007: 5/10; lower for an irritable client). Above 5 the
     * pain-monitoring model no longer applies, and a schema cannot warn, so a higher ceiling is refused.
     */
    painCeiling: z
      .number()
      .min(0)
      .max(
        PAIN_CEILING,
        `at most ${PAIN_CEILING}/10: the pain-monitoring model allows pain up to ${PAIN_CEILING} (Silbernagel 2007)`,
      )
      .default(PAIN_CEILING),
    daysPerWeek: z.number().int().min(1).max(7),
    /** Each side separately. */
    perSide: z.boolean().optional(),
  })
  .refine(oneUnit, ONE_UNIT);
export type Prescription = z.infer<typeof ZPrescription>;

/** What was actually done: the same unit as the prescription. */
export const ZDone = z
  .strictObject({
    ...volumeFields,
    sets: z.number().int().min(0).max(20),
    resistance: ZResistance.optional(),
  })
  .refine(oneUnit, ONE_UNIT);
export type Done = z.infer<typeof ZDone>;

export const ZExerciseLog = z
  .strictObject({
    exercise: exerciseId,
    /** null: prescribed but not done that day. */
    done: ZDone.nullable(),
    painDuring: rating.optional(),
    painAfter: rating.optional(),
    /** Filled in the next day; until then the response is not known. */
    painNextMorning: rating.optional(),
    /** Rating of perceived exertion, 0–10 (10 = nothing left; Zourdos 2016 reps-in-reserve scale). */
    effort: rating.optional(),
  })
  .superRefine((log, ctx) => {
    if (log.done !== null && log.done.sets > 0 && log.painDuring === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['painDuring'],
        message: 'pain during the exercise is needed when it was done',
      });
    }
  });
export type ExerciseLog = z.infer<typeof ZExerciseLog>;

/** An exercise session counts as done when at least one set was (adherence counts these). */
export const sessionDone = (log: { done: { sets: number } | null }): boolean => log.done !== null && log.done.sets > 0;

export const ZEntry = z.strictObject({
  date: ZIsoDate,
  source: z.enum(['visit', 'home']),
  painAtRest: rating.optional(),
  /** Sleep quality last night, 0 (none) to 10 (excellent). */
  sleep: rating.optional(),
  /** Tiredness today, 0 (none) to 10 (exhausted). */
  fatigue: rating.optional(),
  note: z.string().max(4000).optional(),
  exercises: z.array(ZExerciseLog).default([]),
});
export type Entry = z.infer<typeof ZEntry>;

/**
 * Measure keys as in a plan's measure schedule: an instrument id (`odi`, `psfs`, `nprs`), `rom:JOINT:MOTION[:SIDE]`
 * or `functional:TEST[:SIDE]`. Functional status (unable … pain_free) is stored as its rank.
 */
const measureKey = z
  .string()
  .regex(/^[a-z0-9_]+(:[a-z0-9_]+)*$/, { error: 'expected a measure key such as "odi" or "rom:knee:flexion:left"' });
const measureValue = z
  .union([z.number(), FUNCTIONAL_STATUS.schema])
  .transform((v) => (typeof v === 'number' ? v : FUNCTIONAL_STATUS.entries[v].rank));

export const ZMeasure = z.strictObject({ date: ZIsoDate, measure: measureKey, value: measureValue });
export type Measure = z.infer<typeof ZMeasure>;

export const ZHistoryGoal = z.strictObject({
  measure: measureKey,
  description: z.string().optional(),
  baseline: measureValue,
  target: measureValue,
  /** Date the goal was set; defaults to the history's start. */
  start: ZIsoDate.optional(),
  /** Date by which the target should be met. */
  date: ZIsoDate,
});
export type HistoryGoal = z.infer<typeof ZHistoryGoal>;

export const ZPhaseChange = z.strictObject({ phase: ZPhaseId, start: ZIsoDate });

export const ZHistory = z.strictObject({
  client: z.string().min(1).optional(),
  start: ZIsoDate,
  /** Phases in effect, from their start dates; the first starts on or before `start`. */
  phases: z.array(ZPhaseChange).min(1),
  visitsPerWeek: z.number().min(0.25).max(7).default(2),
  /** Visits between re-assessments; default 4–6 from visitsPerWeek (plan.reassess). */
  reassessEvery: z.number().int().min(1).max(10).optional(),
  baseline: z.strictObject({
    /** Usual pain at rest before the history starts (NPRS). */
    painAtRest: rating,
    sleep: rating.optional(),
    fatigue: rating.optional(),
  }),
  /** The intake case file: when present, its screening limits and equipment bound every exercise change. */
  case: ZCaseFile.optional(),
  /** The date the case file describes (its surgeries' "weeks ago", its weeks of pregnancy); defaults to `start`. */
  caseDate: ZIsoDate.optional(),
  prescription: z.array(ZPrescription).min(1),
  entries: z.array(ZEntry).default([]),
  measures: z.array(ZMeasure).default([]),
  goals: z.array(ZHistoryGoal).default([]),
});
export type History = z.infer<typeof ZHistory>;
export type HistoryInput = z.input<typeof ZHistory>;

/** Parses a history and checks what one field alone cannot: order of dates, one slot per exercise, matching units. */
export function parseHistory(raw: unknown): Result<History> {
  const parsed = ZHistory.safeParse(raw);
  if (!parsed.success) return fail(...problemsFromZod(parsed.error));
  const history = parsed.data;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  history.prescription.forEach((p, i) => {
    if (seen.has(p.exercise))
      problems.push({ path: `prescription[${i}].exercise`, message: `"${p.exercise}" is prescribed twice` });
    seen.add(p.exercise);
  });
  history.phases.forEach((p, i) => {
    const previous = history.phases[i - 1];
    if (i === 0 && p.start > history.start)
      problems.push({
        path: 'phases[0].start',
        message: `the first phase must start on or before the history's start (${history.start})`,
      });
    if (previous && p.start <= previous.start)
      problems.push({ path: `phases[${i}].start`, message: 'phases must be in date order' });
  });
  history.entries.forEach((entry, i) => {
    const previous = history.entries[i - 1];
    if (entry.date < history.start)
      problems.push({ path: `entries[${i}].date`, message: `before the history's start (${history.start})` });
    if (previous && entry.date < previous.date)
      problems.push({ path: `entries[${i}].date`, message: 'entries must be in date order' });
  });
  history.goals.forEach((goal, i) => {
    if (goal.date <= (goal.start ?? history.start))
      problems.push({ path: `goals[${i}].date`, message: 'the target date must be after the goal was set' });
  });
  return problems.length > 0 ? fail(...problems) : ok(history);
}

/** The unit a set is counted in. */
export type SetUnit = 'reps' | 'holdSeconds' | 'minutes';

export const unitOf = (v: { reps?: number | undefined; holdSeconds?: number | undefined }): SetUnit =>
  v.reps !== undefined ? 'reps' : v.holdSeconds !== undefined ? 'holdSeconds' : 'minutes';

/** The size of one set in its own unit, as a prescription holds it: `{ reps }`, `{ holdSeconds }` or `{ minutes }`. */
export const setSize = (v: {
  reps?: number | undefined;
  holdSeconds?: number | undefined;
  minutes?: number | undefined;
}): { reps: number } | { holdSeconds: number } | { minutes: number } =>
  v.reps !== undefined
    ? { reps: v.reps }
    : v.holdSeconds !== undefined
      ? { holdSeconds: v.holdSeconds }
      : { minutes: v.minutes ?? 1 };

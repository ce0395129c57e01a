// Shapes of the treatment services (visits, home log, home program, progression): the engine's entry and prescription
// shapes in, stored records out. Routes answer with them; documents read them.
import {
  BAND_LEVELS,
  INTENSITIES,
  RANGE_LEVELS,
  REGIONS,
  TECHNIQUES_BY_ID,
  ZExerciseLog,
  ZPrescription,
} from '@tandem/engine';
import { z } from 'zod';
import { ZIsoDate, ZTimestamp } from '../../http/schemas.ts';

const rating = z.number().min(0).max(10);

// ---- doses and prescriptions (out) -----------------------------------------------------------------------------

const ZResistanceOut = z.union([
  z.object({ kind: z.literal('bodyweight') }),
  z.object({ kind: z.literal('weight'), kg: z.number() }),
  z.object({ kind: z.literal('band'), level: z.enum(BAND_LEVELS) }),
]);

const volume = {
  sets: z.number(),
  reps: z.number().optional(),
  holdSeconds: z.number().optional(),
  minutes: z.number().optional(),
};

export const ZDoneOut = z.object({ ...volume, resistance: ZResistanceOut.optional() });

export const ZPrescriptionOut = z.object({
  exercise: z.string(),
  ...volume,
  resistance: ZResistanceOut,
  range: z.enum(RANGE_LEVELS).optional(),
  painCeiling: z.number(),
  daysPerWeek: z.number(),
  perSide: z.boolean().optional(),
});

/** A prescription with what the client needs to do it: the exercise's name, cues and illustration. */
export const ZProgramItem = ZPrescriptionOut.extend({
  name: z.string(),
  cues: z.array(z.string()),
  safety: z.array(z.string()),
  /** The illustration is the exercise's: render it with the engine's renderIllustration (or tandem illustrate ID). */
  illustration: z.object({
    id: z.string(),
    keyframes: z.array(z.object({ pose: z.string(), mirror: z.boolean().optional() })),
    props: z.array(z.string()),
  }),
});

// ---- home log --------------------------------------------------------------------------------------------------

export const ZLoggedExercise = z.object({
  exercise: z.string(),
  done: ZDoneOut.nullable(),
  painDuring: z.number().optional(),
  painAfter: z.number().optional(),
  painNextMorning: z.number().optional(),
  effort: z.number().optional(),
  /** The prescription in force that day, stored beside what was done. */
  prescribed: ZPrescriptionOut.omit({ exercise: true }).nullable(),
});

export const ZStoredEntry = z.object({
  id: z.string(),
  episodeId: z.string(),
  clientId: z.string(),
  date: z.string(),
  source: z.enum(['visit', 'home']),
  painAtRest: z.number().optional(),
  sleep: z.number().optional(),
  fatigue: z.number().optional(),
  note: z.string().optional(),
  exercises: z.array(ZLoggedExercise),
  createdAt: ZTimestamp,
});

export const ZNextMorning = z.strictObject({
  exercise: z.string().min(1),
  pain: rating,
});

// ---- decisions -------------------------------------------------------------------------------------------------

export const ZDecisionOut = z.object({
  date: z.string(),
  scope: z.enum(['exercise', 'episode']),
  exercise: z.string().nullable(),
  decision: z.string(),
  ruleId: z.string(),
  rationale: z.string(),
  inputs: z.record(z.string(), z.unknown()),
  /** An exercise decision's step with the prescription before and after; an episode decision's action. */
  action: z.record(z.string(), z.unknown()).nullable(),
});

/** Why progression could not run (the stored history, not the request); the write itself was stored. */
export const ZEngineProblem = z.object({ path: z.string(), message: z.string() });

export const ZProgressionOutcome = z.object({
  /** The decisions progression made for the date of the change. */
  decisions: z.array(ZDecisionOut),
  problems: z.array(ZEngineProblem),
});

export const ZEntryCreated = ZProgressionOutcome.extend({ entry: ZStoredEntry });

// ---- visits ----------------------------------------------------------------------------------------------------

const known = (what: string, has: (id: string) => boolean) =>
  z.string().refine(has, { error: (issue) => `unknown ${what} "${String(issue.input)}"` });

const text = (max: number) => z.string().trim().max(max);

export const ZNewVisit = z.strictObject({
  date: ZIsoDate,
  soap: z.strictObject({
    subjective: text(10_000),
    objective: text(10_000),
    assessment: text(10_000),
    plan: text(10_000),
  }),
  techniques: z
    .array(
      z.strictObject({
        technique: known('technique', (id) => TECHNIQUES_BY_ID.has(id)),
        region: REGIONS.schema,
        minutes: z.number().int().min(1).max(90),
        /** Defaults to the technique's usual intensity. */
        intensity: INTENSITIES.schema.optional(),
        /** How the client responded, in the clinician's words. */
        response: text(2000).optional(),
      }),
    )
    .max(20)
    .default([]),
  /** Exercises done in the visit, logged as the engine logs any session (they become a "visit" entry). */
  exercises: z.array(ZExerciseLog).max(30).default([]),
  painAtRest: rating.optional(),
  sleep: rating.optional(),
  fatigue: rating.optional(),
});

export const ZPerformed = z.object({
  kind: z.enum(['technique', 'exercise']),
  itemId: z.string(),
  name: z.string(),
  region: z.string().nullable(),
  minutes: z.number().nullable(),
  intensity: z.string().nullable(),
  response: z.string().nullable(),
  dose: ZDoneOut.nullable(),
  pain: z.number().nullable(),
});

export const ZVisit = z.object({
  id: z.string(),
  episodeId: z.string(),
  date: z.string(),
  clinician: z.object({ id: z.string(), name: z.string() }),
  soap: z.object({ subjective: z.string(), objective: z.string(), assessment: z.string(), plan: z.string() }),
  performed: z.array(ZPerformed),
  createdAt: ZTimestamp,
});

export const ZVisitCreated = ZProgressionOutcome.extend({ visit: ZVisit, entry: ZStoredEntry });

// ---- prescription ----------------------------------------------------------------------------------------------
export const ZProgram = z.object({
  episodeId: z.string(),
  on: z.string(),
  /** The date the program in force was set from, and by whom; null before the first. */
  validFrom: z.string().nullable(),
  origin: z.enum(['clinician', 'progression']).nullable(),
  exercises: z.array(ZProgramItem),
  /** A deload week running on that date: follow these lighter doses until it ends. */
  deload: z.object({ until: z.string(), exercises: z.array(ZProgramItem) }).nullable(),
});

export const ZSetProgram = z.strictObject({
  validFrom: ZIsoDate,
  exercises: z.array(ZPrescription).min(1, { error: 'a home program needs at least one exercise' }).max(30),
});

export const ZProgramSet = ZProgram.extend({ decisions: z.array(ZDecisionOut) });

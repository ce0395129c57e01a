// Request and response shapes of the session routes: the engine's entry and prescription shapes in, stored records out.
import { BAND_LEVELS, EXERCISES_BY_ID, INTENSITIES, RANGE_LEVELS, REGIONS, TECHNIQUES_BY_ID, ZExerciseLog, ZPrescription } from '@tandem/engine';
import { z } from 'zod';
import { passwordProblem } from '../../../auth/passwords.ts';
import { ROLES } from '../../../db/records.ts';
import { ZId, ZIsoDate, ZTimestamp } from '../../schemas.ts';

export const ZEpisodeParams = z.strictObject({ id: ZId });
export const ZPeriodQuery = z.strictObject({ from: ZIsoDate.optional(), to: ZIsoDate.optional() });

const rating = z.number().min(0).max(10);

// ---- doses and prescriptions (out) -----------------------------------------------------------------------------

const ZResistanceOut = z.union([
  z.object({ kind: z.literal('bodyweight') }),
  z.object({ kind: z.literal('weight'), kg: z.number() }),
  z.object({ kind: z.literal('band'), level: z.enum(BAND_LEVELS) }),
]);

const volume = { sets: z.number(), reps: z.number().optional(), holdSeconds: z.number().optional(), minutes: z.number().optional() };

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
  soap: z.strictObject({ subjective: text(10_000), objective: text(10_000), assessment: text(10_000), plan: text(10_000) }),
  techniques: z.array(z.strictObject({
    technique: known('technique', (id) => TECHNIQUES_BY_ID.has(id)),
    region: REGIONS.schema,
    minutes: z.number().int().min(1).max(90),
    /** Defaults to the technique's usual intensity. */
    intensity: INTENSITIES.schema.optional(),
    /** How the client responded, in the clinician's words. */
    response: text(2000).optional(),
  })).max(20).default([]),
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

export const ZPrescriptionQuery = z.strictObject({ on: ZIsoDate.optional() });

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

// ---- progress --------------------------------------------------------------------------------------------------

export const ZProgressQuery = z.strictObject({ asOf: ZIsoDate.optional() });

export const ZProgress = z.object({
  episodeId: z.string(),
  /** The date the report stands at: the latest log or measure unless asked. */
  asOf: z.string().nullable(),
  phase: z.string(),
  /** Where the current replay starts: the latest clinician program on or before asOf. */
  programFrom: z.string().nullable(),
  decisions: z.array(ZDecisionOut),
  prescription: z.array(ZPrescriptionOut.extend({ name: z.string() })),
  deload: z.object({ until: z.string(), prescription: z.array(ZPrescriptionOut) }).nullable(),
  flare: z.object({ since: z.string() }).nullable(),
  goals: z.array(z.object({
    measure: z.string(),
    description: z.string().nullable(),
    baseline: z.number(),
    target: z.number(),
    date: z.string(),
    latest: z.number().nullable(),
    latestDate: z.string().nullable(),
    percent: z.number().nullable(),
    expectedPercent: z.number(),
    status: z.enum(['met', 'on_track', 'behind', 'overdue', 'no_data']),
    rationale: z.string(),
  })),
  adherence: z.object({ from: z.string(), to: z.string(), prescribed: z.number(), done: z.number(), ratio: z.number().nullable() }).nullable(),
  phaseExit: z.array(z.object({ measure: z.string(), text: z.string(), met: z.boolean(), detail: z.string() })).nullable(),
  series: z.object({
    /** One point a day with anything logged: the worst of the day (highest pain and fatigue, lowest sleep). */
    pain: z.array(z.object({
      date: z.string(),
      painAtRest: z.number().nullable(),
      painDuring: z.number().nullable(),
      painNextMorning: z.number().nullable(),
      sleep: z.number().nullable(),
      fatigue: z.number().nullable(),
    })),
    /** Each measure's scores, with the change that matters for instruments. */
    measures: z.array(z.object({
      measure: z.string(),
      name: z.string(),
      better: z.enum(['lower', 'higher']).nullable(),
      mcid: z.number().nullable(),
      mcidPercent: z.number().nullable(),
      mdc: z.number().nullable(),
      source: z.string().nullable(),
      points: z.array(z.object({ date: z.string(), value: z.number() })),
    })),
  }),
  problems: z.array(ZEngineProblem),
});

// ---- appointments ----------------------------------------------------------------------------------------------

export const ZNewAppointment = z.strictObject({
  clientId: ZId,
  clinicianId: ZId,
  startsAt: z.iso.datetime({ offset: true, error: 'expected a date and time such as 2026-11-23T09:30:00Z' }),
  minutes: z.number().int().min(5).max(480),
  kind: z.enum(['in_person', 'telehealth']),
  /** Required for telehealth, https only. */
  videoLink: z.string().max(2000).optional(),
});

export const ZAppointmentQuery = z.strictObject({
  from: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  to: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  clientId: ZId.optional(),
  clinicianId: ZId.optional(),
});

export const ZAppointmentChange = z.strictObject({ status: z.enum(['scheduled', 'completed', 'cancelled', 'no_show']) });

export const ZAppointment = z.object({
  id: z.string(),
  clinicId: z.string(),
  clientId: z.string(),
  clinicianId: z.string(),
  startsAt: z.string(),
  minutes: z.number(),
  kind: z.enum(['in_person', 'telehealth']),
  videoLink: z.string().nullable(),
  status: z.enum(['scheduled', 'completed', 'cancelled', 'no_show']),
  createdAt: ZTimestamp,
});

/** A listed appointment carries the names a day's schedule shows. */
export const ZScheduledAppointment = ZAppointment.extend({ clientName: z.string(), clinicianName: z.string() });

// ---- clinic, users, audit --------------------------------------------------------------------------------------

export const ZClinic = z.object({ id: z.string(), name: z.string(), createdAt: ZTimestamp });

const password = z.string().superRefine((value, ctx) => {
  const why = passwordProblem(value);
  if (why !== null) ctx.addIssue({ code: 'custom', message: why });
});

export const ZNewUser = z.strictObject({
  email: z.email({ error: 'expected an e-mail address' }).max(320),
  name: z.string().trim().min(1, { error: 'a name is needed' }).max(200),
  role: z.enum(ROLES),
  password,
  /** For a client login: the client record it belongs to. */
  clientId: ZId.optional(),
});

export const ZUserChanges = z.strictObject({
  email: z.email({ error: 'expected an e-mail address' }).max(320).optional(),
  name: z.string().trim().min(1, { error: 'a name is needed' }).max(200).optional(),
  role: z.enum(ROLES).optional(),
  password: password.optional(),
});

export const ZUserOut = z.object({
  id: z.string(),
  clinicId: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  /** The client record of a client login. */
  clientId: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: ZTimestamp,
});

export const ZAuditQuery = z.strictObject({
  from: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  to: z.union([ZIsoDate, z.iso.datetime({ offset: true })]).optional(),
  clientId: ZId.optional(),
  limit: z.coerce.number({ error: 'expected a number' }).int().min(1).max(1000).default(100),
});

export const ZAuditEventOut = z.object({
  id: z.string(),
  at: z.string(),
  /** Who: null for an unknown sign-in. */
  actor: z.object({ id: z.string(), name: z.string(), role: z.string().nullable() }).nullable(),
  action: z.string(),
  recordType: z.string(),
  recordId: z.string().nullable(),
  clientId: z.string().nullable(),
  outcome: z.enum(['success', 'denied', 'error']),
  detail: z.string().nullable(),
});

export const exerciseName = (id: string): string => EXERCISES_BY_ID.get(id)?.name ?? id;
export const techniqueName = (id: string): string => TECHNIQUES_BY_ID.get(id)?.name ?? id;

// Request and response shapes of the care routes. The edited plan is checked for the parts the server reads
// (ids that must exist in the knowledge base, intensities, doses, the phase timeline); the rest is kept as written.
import {
  EDUCATION_BY_ID,
  EXERCISES_BY_ID,
  INTENSITIES,
  REGIONS,
  TECHNIQUES_BY_ID,
  ZDose,
  ZFindings,
  ZHistoryGoal,
  ZInstrumentId,
  ZIrritabilityLevel,
  ZPhaseId,
} from '@tandem/engine';
import { z } from 'zod';
import { ZId, ZIsoDate, ZTimestamp } from '../../http/schemas.ts';
import { zPassThrough } from '../../http/zod.ts';
import { ZAppointment } from '../schedule/schedule-schemas.ts';

const known = (what: string, has: (id: string) => boolean) =>
  z.string().refine(has, { error: (issue) => `unknown ${what} "${String(issue.input)}"` });

export const ZTechniqueId = known('technique', (id) => TECHNIQUES_BY_ID.has(id));
export const ZExerciseId = known('exercise', (id) => EXERCISES_BY_ID.has(id));
export const ZTopicId = known('education topic', (id) => EDUCATION_BY_ID.has(id));

export const ZEpisodeParams = z.strictObject({ id: ZId });
export const ZVersionParams = z.strictObject({
  id: ZId,
  version: z.coerce.number({ error: 'expected a version number' }).int().min(1, { error: 'versions start at 1' }),
});

/** A problem with a field, as in error bodies (`field` is a path such as `plan.visit.blocks[1].items[0].technique`). */
export const ZProblem = z.object({ field: z.string(), message: z.string() });

// ---- screening -------------------------------------------------------------------------------------------------

const ZLoose = z.looseObject({});
const ZLooseOut = zPassThrough({});
export const ZScreening = z.object({
  referral: zPassThrough({
    urgency: z.string(),
    reasons: z.array(z.string()),
    ruleIds: z.array(z.string()),
  }).nullable(),
  alerts: z.array(ZLooseOut),
  restrictions: z.array(ZLooseOut),
  exerciseLimits: z.array(ZLooseOut),
  notices: z.array(ZLooseOut),
});

// ---- assessments -----------------------------------------------------------------------------------------------

export const ZQuestionnaires = z.partialRecord(ZInstrumentId, z.unknown());

export const ZNewAssessment = z
  .strictObject({
    date: ZIsoDate,
    /** Posture, movement, palpation, range, strength and functional tests, in the case file's vocabulary. */
    findings: ZFindings.optional(),
    /** Raw answers by instrument id, scored by the engine. */
    questionnaires: ZQuestionnaires.optional(),
    notes: z.string().trim().max(20_000).optional(),
    /** Anything else the clinician records, kept whole. */
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .refine(
    (a) =>
      a.findings !== undefined || a.questionnaires !== undefined || a.notes !== undefined || a.details !== undefined,
    {
      error: 'an assessment needs findings, questionnaires, notes or details',
    },
  );

export const ZMeasureScore = z.object({
  id: z.string(),
  episodeId: z.string(),
  date: z.string(),
  measure: z.string(),
  value: z.number(),
  answers: z.unknown(),
  createdAt: ZTimestamp,
});

export const ZAssessment = z.object({
  id: z.string(),
  episodeId: z.string(),
  date: z.string(),
  details: z.record(z.string(), z.unknown()),
  createdAt: ZTimestamp,
});

export const ZAssessmentCreated = ZAssessment.extend({ measures: z.array(ZMeasureScore) });

// ---- plans -----------------------------------------------------------------------------------------------------

const ZRegions = z.array(REGIONS.schema);

const ZTechniqueItem = z.looseObject({
  kind: z.literal('technique'),
  technique: ZTechniqueId,
  intensity: INTENSITIES.schema,
  regions: ZRegions.optional(),
  minutes: z.number().min(0).max(120),
});

const ZExerciseItem = z.looseObject({
  kind: z.literal('exercise'),
  exercise: ZExerciseId,
  regions: ZRegions.optional(),
  dosage: ZDose,
  minutes: z.number().min(0).max(180),
});

const ZVisitItem = z.discriminatedUnion('kind', [ZTechniqueItem, ZExerciseItem], {
  error: 'an item\'s kind must be "technique" or "exercise"',
});

const ZPhase = z.looseObject({
  id: ZPhaseId,
  title: z.string(),
  startWeek: z.number().int().min(1).max(104),
  weeks: z.number().int().min(1).max(104),
  visitsPerWeek: z.number().min(0).max(7),
  manualShare: z.number().min(0).max(1),
  techniques: z.array(ZTechniqueId),
  exercises: z.array(ZExerciseId),
});

const ZSmartGoal = z.looseObject({
  measure: z.string().min(1),
  description: z.string(),
  baseline: z.union([z.number(), z.string()]),
  target: z.union([z.number(), z.string()]),
  date: ZIsoDate,
});

/** A plan document as a clinician sends it back (see the engine's Plan type). */
export const ZPlanDocument = z.looseObject({
  caseId: z.string().min(1),
  generatedFor: ZIsoDate,
  irritability: z.looseObject({ decision: ZIrritabilityLevel }),
  excluded: z.array(ZLoose),
  impairments: z.array(ZLoose),
  treatmentBlocks: z.array(
    z.looseObject({
      technique: ZTechniqueId.nullable(),
      exercise: ZExerciseId.nullable(),
      education: ZTopicId.nullable(),
    }),
  ),
  phases: z.array(ZPhase),
  visit: z
    .looseObject({
      phase: ZPhaseId,
      minutes: z.number().min(0).max(240),
      blocks: z.array(
        z.looseObject({
          kind: z.enum(['warm_up', 'manual', 're_education']),
          minutes: z.number().min(0).max(240),
          items: z.array(ZVisitItem),
        }),
      ),
    })
    .nullable(),
  homeProgram: z
    .looseObject({
      minutesPerDay: z.number().min(0).max(180),
      days: z.array(z.looseObject({ day: z.number().int().min(1).max(7), items: z.array(ZExerciseItem) })),
      exercises: z.array(ZExerciseItem),
    })
    .nullable(),
  education: z.array(z.looseObject({ topic: ZTopicId })),
  goals: z.array(ZSmartGoal),
  measures: z.array(ZLoose),
  reassessEverySessions: z.number().int().min(1).max(20).nullable(),
  equipment: z.array(ZLoose),
});

/** What responses promise about a stored plan: the document as stored (knowledge ids are not re-checked on the way out). */
export const ZPlanDocumentOut = zPassThrough({ caseId: z.string(), generatedFor: z.string() });

export const ZAuthor = z.object({ id: z.string(), name: z.string() });

export const ZPlanVersionSummary = z.object({
  version: z.number(),
  createdBy: ZAuthor,
  reason: z.string().nullable(),
  createdAt: ZTimestamp,
});

export const ZPlanVersion = ZPlanVersionSummary.extend({
  episodeId: z.string(),
  plan: ZPlanDocumentOut,
});

/** The current plan, with anything in it that the episode's screening now restricts (after an intake change). */
export const ZCurrentPlan = ZPlanVersion.extend({ conflicts: z.array(ZProblem) });

export const ZGeneratePlan = z.strictObject({
  /** The plan's start date; today when left out. */
  date: ZIsoDate.optional(),
});

export const ZPlanEdit = z.strictObject({
  /** The version the edit was made on: another edit stored since then is a conflict. */
  basedOn: z.number().int().min(1),
  reason: z.string().trim().min(1, { error: 'say why the plan changed' }).max(2000),
  plan: ZPlanDocument,
});

// ---- goals -----------------------------------------------------------------------------------------------------

export const ZGoal = z.object({
  id: z.string(),
  episodeId: z.string(),
  measure: z.string(),
  description: z.string().optional(),
  baseline: z.number(),
  target: z.number(),
  start: z.string().optional(),
  date: z.string(),
  createdAt: ZTimestamp,
});

export const ZGoalsBody = z
  .array(
    ZHistoryGoal.refine((g) => g.start === undefined || g.start <= g.date, {
      path: ['date'],
      error: 'the target date must not be before the start',
    }).refine((g) => g.baseline !== g.target, { path: ['target'], error: 'the target must differ from the baseline' }),
  )
  .max(50);

// ---- referrals -------------------------------------------------------------------------------------------------

export const ZNewReferral = z.strictObject({
  to: z.string().trim().min(1, { error: 'say who the client is referred to' }).max(500),
  urgency: z.enum(['emergency', 'urgent', 'routine']),
  reason: z.string().trim().min(1, { error: 'give the reason for the referral' }).max(5000),
});

export const ZReferral = z.object({
  id: z.string(),
  episodeId: z.string(),
  to: z.string(),
  urgency: z.enum(['emergency', 'urgent', 'routine']),
  reason: z.string(),
  createdAt: ZTimestamp,
});

// ---- discharge -------------------------------------------------------------------------------------------------

export const ZDischarge = z
  .strictObject({
    date: ZIsoDate,
    summary: z.string().trim().min(1, { error: 'a discharge summary is needed' }).max(20_000),
    /** How the follow-up check-ins happen; telehealth needs a video link. */
    kind: z.enum(['in_person', 'telehealth']).default('in_person'),
    videoLink: z.url({ protocol: /^https$/, error: 'expected an https:// link' }).optional(),
    /** Time of day of the check-ins (UTC), HH:MM. */
    checkInTime: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'expected a time as HH:MM' })
      .default('09:00'),
    checkInMinutes: z.number().int().min(5).max(240).default(30),
    /** Who holds the check-ins; the staff member discharging when left out. */
    clinicianId: ZId.optional(),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'telehealth' && d.videoLink === undefined)
      ctx.addIssue({ code: 'custom', path: ['videoLink'], message: 'a telehealth check-in needs a video link' });
    if (d.kind === 'in_person' && d.videoLink !== undefined)
      ctx.addIssue({ code: 'custom', path: ['videoLink'], message: 'a video link is only for telehealth check-ins' });
  });

const ZPrescriptionOut = zPassThrough({ exercise: z.string(), sets: z.number(), daysPerWeek: z.number() });

export const ZDischarged = z.object({
  episode: zPassThrough({ id: z.string(), status: z.literal('discharged'), dischargedOn: z.string() }),
  summary: z.string(),
  maintenance: z.object({
    exercises: z.array(ZPrescriptionOut),
    checkIns: z.array(z.string()),
    advice: z.array(z.string()),
  }),
  checkIns: z.array(ZAppointment),
});

// ---- education -------------------------------------------------------------------------------------------------

export const ZAssignTopic = z.strictObject({
  topic: ZTopicId,
  /** When it was assigned; today when left out. */
  date: ZIsoDate.optional(),
});

export const ZEducationAssignment = z.object({
  id: z.string(),
  topic: z.string(),
  title: z.string(),
  summary: z.string(),
  keyPoints: z.array(z.string()),
  assignedBy: ZAuthor,
  assignedOn: z.string(),
  createdAt: ZTimestamp,
});

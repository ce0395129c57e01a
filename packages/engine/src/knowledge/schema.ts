// The shape of knowledge records (techniques, exercises, education), validated by the knowledge tests.
import { z } from 'zod';
import {
  EQUIPMENT,
  EXERCISE_CATEGORIES,
  IMPAIRMENTS,
  INTENSITIES,
  LOAD_FEATURES,
  LOAD_LEVELS,
  PRACTITIONER_SCOPES,
  REGIONS,
  STRUCTURES,
  TECHNIQUE_CATEGORIES,
} from '../vocabulary/index.ts';
import { POSE_IDS } from './pose-ids.ts';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/);
const sentence = z.string().min(8);

/** Phases of a plan, in order (settle → restore → load → maintain; docs/rules.md, `plan.phases`). */
export const PHASE_IDS = ['settle', 'restore', 'load', 'maintain'] as const;
export const ZPhaseId = z.enum(PHASE_IDS);
export type PhaseId = z.infer<typeof ZPhaseId>;

/** Irritability tiers (Kelley 2013 operationalisation of SINSS/Maitland). */
export const IRRITABILITY_LEVELS = ['high', 'moderate', 'low'] as const;
export const ZIrritabilityLevel = z.enum(IRRITABILITY_LEVELS);
export type IrritabilityLevel = z.infer<typeof ZIrritabilityLevel>;

export const ZTechnique = z.strictObject({
  id,
  name: z.string().min(3),
  category: TECHNIQUE_CATEGORIES.schema,
  intensity: INTENSITIES.schema,
  regions: z.array(REGIONS.schema).min(1),
  structures: z.array(STRUCTURES.schema).min(1),
  addresses: z.array(IMPAIRMENTS.schema).min(1),
  irritability: z.array(ZIrritabilityLevel).min(1),
  phases: z.array(ZPhaseId).min(1),
  minutes: z.number().int().min(2).max(20),
  /** Scopes allowed to apply it; always includes its own category. */
  scopes: z.array(PRACTITIONER_SCOPES.schema).min(1),
  /** What the clinician does, in Tandem's words. */
  description: sentence,
  precautions: z.array(sentence),
  /** Exercise ids that use the range or calm this technique creates. */
  prepares: z.array(id).min(1),
});
export type Technique = z.infer<typeof ZTechnique>;

/** One prescription: exactly one of reps, holdSeconds or minutes says what a set is. */
export const ZDose = z
  .strictObject({
    sets: z.number().int().min(1).max(10),
    reps: z.number().int().min(1).max(50).optional(),
    holdSeconds: z.number().int().min(1).max(600).optional(),
    minutes: z.number().min(1).max(90).optional(),
    /** Seconds down-pause-up, e.g. "3-1-1"; omitted for holds and cardio. */
    tempo: z
      .string()
      .regex(/^\d+-\d+-\d+$/)
      .optional(),
    restSeconds: z.number().int().min(0).max(300),
    daysPerWeek: z.number().int().min(1).max(7),
    /** e.g. "bodyweight", "light band", "8–12 kg kettlebell". */
    load: z.string().optional(),
    /** Each side separately. */
    perSide: z.boolean().default(false),
  })
  .refine((d) => [d.reps, d.holdSeconds, d.minutes].filter((x) => x !== undefined).length === 1, {
    message: 'a dose needs exactly one of reps, holdSeconds or minutes',
  });
export type Dose = z.infer<typeof ZDose>;

export const ZPoseRef = z.strictObject({
  pose: z.enum(POSE_IDS),
  /** Draw the figure facing left instead of right. */
  mirror: z.boolean().optional(),
});

export const ZIllustration = z.strictObject({
  /** One to three keyframes, drawn left to right with an arrow between them. */
  keyframes: z.array(ZPoseRef).min(1).max(3),
  /** Equipment to draw (mat, band, ball, ...); defaults to the exercise's equipment. */
  props: z.array(EQUIPMENT.schema).optional(),
});

/**
 * What an exercise asks of the body: the load on every region it lists (primary and secondary) and the movement's
 * features. Screening limits are statements about this (screening/technique-check.ts), so every path that checks an
 * exercise sees the same facts.
 */
export const ZExerciseLoad = z.strictObject({
  regions: z.partialRecord(REGIONS.schema, LOAD_LEVELS.schema),
  features: z.array(LOAD_FEATURES.schema).default([]),
});
export type ExerciseLoad = z.infer<typeof ZExerciseLoad>;

export const ZExercise = z
  .strictObject({
    id,
    name: z.string().min(3),
    category: EXERCISE_CATEGORIES.schema,
    regions: z.array(REGIONS.schema).min(1),
    secondaryRegions: z.array(REGIONS.schema).default([]),
    load: ZExerciseLoad,
    muscles: z.array(STRUCTURES.schema).default([]),
    secondaryMuscles: z.array(STRUCTURES.schema).default([]),
    addresses: z.array(IMPAIRMENTS.schema).min(1),
    equipment: z.array(EQUIPMENT.schema).default([]),
    phases: z.array(ZPhaseId).min(1),
    /** Default dose for every phase listed in `phases`. */
    dosage: z.partialRecord(ZPhaseId, ZDose),
    /** Next harder exercise, or null at the top of its chain. */
    progression: id.nullable(),
    /** Next easier exercise, or null at the start of its chain. */
    regression: id.nullable(),
    /**
     * Exercises that train the same thing in another position, with support or with less load, in order of
     * preference: when screening rules this one out, the plan takes the first allowed one instead of dropping it.
     */
    alternatives: z.array(id).default([]),
    cues: z.array(sentence).min(2),
    errors: z.array(sentence).min(1),
    safety: z.array(sentence).default([]),
    illustration: ZIllustration,
  })
  .superRefine((exercise, ctx) => {
    const listed = new Set([...exercise.regions, ...exercise.secondaryRegions]);
    for (const region of listed) {
      if (exercise.load.regions[region] === undefined)
        ctx.addIssue({ code: 'custom', path: ['load', 'regions', region], message: `no load given for ${region}` });
    }
    for (const region of Object.keys(exercise.load.regions)) {
      if (!REGIONS.has(region) || !listed.has(region))
        ctx.addIssue({
          code: 'custom',
          path: ['load', 'regions', region],
          message: `${region} is not one of the exercise's regions`,
        });
    }
    for (const phase of exercise.phases) {
      if (!exercise.dosage[phase])
        ctx.addIssue({ code: 'custom', path: ['dosage', phase], message: `no dose for phase ${phase}` });
    }
  });
export type Exercise = z.infer<typeof ZExercise>;
export type ExerciseInput = z.input<typeof ZExercise>;

export const ZEducationTopic = z.strictObject({
  id,
  title: z.string().min(3),
  /** One or two sentences for the plan and the home program. */
  summary: sentence,
  /** Short points a client can act on. */
  keyPoints: z.array(sentence).min(3),
  addresses: z.array(IMPAIRMENTS.schema).default([]),
  /** Regions it is specific to; empty = any. */
  regions: z.array(REGIONS.schema).default([]),
  /** When it is offered: always, or when a case shows a trigger. */
  triggers: z
    .array(
      z.enum([
        'always',
        'high_irritability',
        'fear_of_movement',
        'sitting_work',
        'screen_work',
        'poor_sleep',
        'self_massage',
        'flare_up',
        'widespread_pain',
        'lifting',
        'overhead_work',
        'pacing',
        'catastrophising',
        'fall_risk',
        'pregnancy',
        'osteoarthritis',
        'patellofemoral_pain',
        'tendinopathy',
        'pregnancy_pelvic_girdle_pain',
        'recent_surgery',
        'neural_sensitivity',
      ]),
    )
    .min(1),
  /** Starting phases in which a general topic leads the plan's short list; empty = no phase of its own. */
  phases: z.array(ZPhaseId).default([]),
});
export type EducationTopic = z.infer<typeof ZEducationTopic>;

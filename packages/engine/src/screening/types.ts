// What the safety screen returns: referral alerts, technique restrictions, exercise limits and notices to confirm.
// Plain TypeScript types: these are engine outputs, never parsed from outside (the rule tables have their schemas).
import type { Decision } from '../decision.ts';
import type {
  BodyPosition,
  ExerciseCategory,
  Intensity,
  LoadFeature,
  LoadLevel,
  Region,
  RedFlagConcern,
  TechniqueCategory,
} from '../vocabulary/index.ts';

/**
 * How soon the client must see a doctor. Tandem's plan generator builds no treatment phases for `urgent` or
 * `emergency`, so those two are kept for patterns where waiting would be unsafe (docs/rules.md, policy choices).
 * - emergency: same day (emergency department); treatment stops.
 * - urgent: medical review within days, before any plan.
 * - routine: let the doctor know; care may continue within the restrictions, after a documented decision.
 */
export type ReferralUrgency = 'emergency' | 'urgent' | 'routine';

/** Higher is more urgent. */
export const URGENCY_RANK: Readonly<Record<ReferralUrgency, number>> = { routine: 0, urgent: 1, emergency: 2 };

/** One red-flag rule that fired. */
export interface ReferralAlert {
  ruleId: string;
  concern: RedFlagConcern;
  urgency: ReferralUrgency;
  /** No manual therapy or exercise session at all until the client has been seen. */
  stopsTreatment: boolean;
  /** The findings that made the rule fire, in readable words. */
  reasons: string[];
  /** One sentence: why this pattern matters and what to do. */
  rationale: string;
  inputs: Record<string, unknown>;
}

/** A technique category that must not be used (`avoid`) or only up to an intensity (`modify`) in some regions. */
export interface Restriction {
  ruleId: string;
  /**
   * The condition, medication, red flag (or `pregnant`, `age`, `surgery:<region>`, `cad_risk_factors`,
   * `sensitised_widespread_pain`) that caused it.
   */
  trigger: string;
  action: 'avoid' | 'modify';
  categories: TechniqueCategory[];
  /** For `modify`: the highest intensity allowed. */
  maxIntensity?: Intensity;
  /** Where it applies; null = everywhere. */
  regions: Region[] | null;
  rationale: string;
  source: string;
}

/**
 * A limit on exercise, as a statement about load (knowledge/schema.ts, ZExerciseLoad): the most load any of `regions`
 * may take, movement features and positions to avoid, and categories to avoid, for exercises that use those regions.
 */
export interface ExerciseLimit {
  ruleId: string;
  trigger: string;
  /** Where it applies; null = every exercise. */
  regions: Region[] | null;
  /** The highest load allowed on any of `regions`; null = no cap. */
  maxLoad: LoadLevel | null;
  avoidFeatures: LoadFeature[];
  avoidPositions: BodyPosition[];
  avoidCategories: ExerciseCategory[];
  rationale: string;
  source: string;
}

/** Something the clinician must check or confirm and document (INR stable, blood pressure, oncology clearance, ...). */
export type Notice = Decision<'confirm'>;

/** The referral the whole screen asks for: the most urgent level across alerts, with every alert's reasons. */
export interface Referral {
  urgency: ReferralUrgency;
  reasons: string[];
  ruleIds: string[];
  stopsTreatment: boolean;
}

export interface ScreeningResult {
  /** null when no red-flag rule fired. */
  referral: Referral | null;
  /** Most urgent first; rule-table order within a level. */
  alerts: ReferralAlert[];
  restrictions: Restriction[];
  exerciseLimits: ExerciseLimit[];
  notices: Notice[];
}

// The database's tables as Kysely sees them: snake_case rows, ISO text for dates and times, JSON kept as TEXT.
// Rows never leave the db layer; the repository maps them to camelCase records (records.ts).

import type { CaseFile, Plan } from '@tandem/engine';
import type { Generated } from 'kysely';
import type { AppointmentStatus, JsonObject, Soap } from './records.ts';

declare const holds: unique symbol;
/** A JSON document stored whole as TEXT (same in SQLite and PostgreSQL); T records what the text holds. */
export type JsonText<T> = string & { readonly [holds]?: T };

export interface ClinicsTable {
  id: string;
  name: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  clinic_id: string;
  /** Stored lower-case so uniqueness ignores case. */
  email: string;
  name: string;
  role: 'owner' | 'clinician' | 'client';
  password_hash: string;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** A hash of the session token: a stolen database does not yield usable tokens. */
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}

export interface ClientsTable {
  id: string;
  clinic_id: string;
  user_id: string | null;
  name: string;
  date_of_birth: string | null;
  sex: 'female' | 'male' | 'other' | 'unspecified' | null;
  email: string | null;
  created_at: string;
}

export interface EpisodesTable {
  id: string;
  clinic_id: string;
  client_id: string;
  status: 'active' | 'discharged';
  /** The intake case file (engine CaseFile). */
  intake: JsonText<CaseFile>;
  started_on: string;
  discharged_on: string | null;
  created_at: string;
}

export interface AssessmentsTable {
  id: string;
  episode_id: string;
  date: string;
  details: JsonText<JsonObject>;
  created_at: string;
}

export interface PlansTable {
  id: string;
  episode_id: string;
  version: number;
  /** The plan of care (engine Plan), as generated or as edited. */
  document: JsonText<Plan>;
  created_by: string;
  reason: string | null;
  created_at: string;
}

export interface VisitsTable {
  id: string;
  episode_id: string;
  date: string;
  clinician_id: string;
  soap: JsonText<Soap>;
  created_at: string;
  /** The Idempotency-Key the visit was sent with, and a hash of that request (migration 004). */
  idempotency_key: string | null;
  idempotency_hash: string | null;
}

/** Resistance in dose columns (engine ZResistance): kg for weight, band level for band. */
export type ResistanceKind = 'bodyweight' | 'weight' | 'band';

export interface PerformedItemsTable {
  id: string;
  visit_id: string;
  position: number;
  kind: 'technique' | 'exercise';
  item_id: string;
  region: string | null;
  /** Time spent on the item in the visit. */
  minutes: number | null;
  intensity: string | null;
  response: string | null;
  dose_sets: number | null;
  dose_reps: number | null;
  dose_hold_seconds: number | null;
  dose_minutes: number | null;
  dose_resistance_kind: ResistanceKind | null;
  dose_resistance_kg: number | null;
  dose_resistance_band: string | null;
  pain: number | null;
}

export interface PrescriptionsTable {
  id: string;
  episode_id: string;
  /** The whole program valid from this date replaces the one before it. */
  valid_from: string;
  position: number;
  exercise: string;
  sets: number;
  reps: number | null;
  hold_seconds: number | null;
  minutes: number | null;
  resistance_kind: ResistanceKind;
  resistance_kg: number | null;
  resistance_band: string | null;
  range: string | null;
  pain_ceiling: number;
  days_per_week: number;
  created_at: string;
  /** Who set the program (migration 003). */
  origin: 'clinician' | 'progression';
}

export interface HomeLogEntriesTable {
  id: string;
  episode_id: string;
  client_id: string;
  date: string;
  source: 'visit' | 'home';
  pain_at_rest: number | null;
  sleep: number | null;
  fatigue: number | null;
  note: string | null;
  created_at: string;
  /** Exercises logged as done in the entry (at least one set), as progression counts sessions (migration 004). */
  exercises_done: Generated<number>;
  /** The Idempotency-Key the entry was sent with, and a hash of that request (migration 004). */
  idempotency_key: string | null;
  idempotency_hash: string | null;
}

/** What was prescribed that day (target_*, pain_ceiling) beside what was done (done_*) and how it felt. */
export interface ExerciseLogsTable {
  id: string;
  entry_id: string;
  position: number;
  exercise: string;
  target_sets: number | null;
  target_reps: number | null;
  target_hold_seconds: number | null;
  target_minutes: number | null;
  target_resistance_kind: ResistanceKind | null;
  target_resistance_kg: number | null;
  target_resistance_band: string | null;
  target_range: string | null;
  target_days_per_week: number | null;
  pain_ceiling: number | null;
  /** Null: prescribed but not done that day. */
  done_sets: number | null;
  done_reps: number | null;
  done_hold_seconds: number | null;
  done_minutes: number | null;
  done_resistance_kind: ResistanceKind | null;
  done_resistance_kg: number | null;
  done_resistance_band: string | null;
  pain_during: number | null;
  pain_after: number | null;
  pain_next_morning: number | null;
  effort: number | null;
}

export interface MeasureScoresTable {
  id: string;
  episode_id: string;
  date: string;
  measure: string;
  value: number;
  answers: JsonText<unknown> | null;
  created_at: string;
}

export interface GoalsTable {
  id: string;
  episode_id: string;
  position: number;
  measure: string;
  description: string | null;
  baseline: number;
  target: number;
  start: string | null;
  date: string;
  created_at: string;
}

export interface ProgressionDecisionsTable {
  id: string;
  episode_id: string;
  date: string;
  /** Order within one recorded batch. */
  position: number;
  scope: 'exercise' | 'episode';
  exercise: string | null;
  decision: string;
  rule_id: string;
  rationale: string;
  inputs: JsonText<JsonObject>;
  /** What the decision changed (engine step before/after, or episode action). */
  action: JsonText<JsonObject> | null;
  created_at: string;
}

export interface AppointmentsTable {
  id: string;
  clinic_id: string;
  client_id: string;
  clinician_id: string;
  starts_at: string;
  minutes: number;
  kind: 'in_person' | 'telehealth';
  video_link: string | null;
  status: AppointmentStatus;
  created_at: string;
}

export interface ReferralsTable {
  id: string;
  episode_id: string;
  /** `to` is an SQL keyword. */
  referred_to: string;
  urgency: 'emergency' | 'urgent' | 'routine';
  reason: string;
  created_at: string;
}

export interface EducationAssignmentsTable {
  id: string;
  episode_id: string;
  /** Engine education topic id. */
  topic: string;
  assigned_by: string;
  assigned_on: string;
  created_at: string;
}

export interface AuditEventsTable {
  id: string;
  /** Null for events outside any clinic (a login attempt for an unknown e-mail). */
  clinic_id: string | null;
  actor_user_id: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  client_id: string | null;
  at: string;
  outcome: 'success' | 'denied' | 'error';
  detail: string | null;
}

export interface Database {
  clinics: ClinicsTable;
  users: UsersTable;
  sessions: SessionsTable;
  clients: ClientsTable;
  episodes: EpisodesTable;
  assessments: AssessmentsTable;
  plans: PlansTable;
  visits: VisitsTable;
  performed_items: PerformedItemsTable;
  prescriptions: PrescriptionsTable;
  home_log_entries: HomeLogEntriesTable;
  exercise_logs: ExerciseLogsTable;
  measure_scores: MeasureScoresTable;
  goals: GoalsTable;
  progression_decisions: ProgressionDecisionsTable;
  appointments: AppointmentsTable;
  referrals: ReferralsTable;
  audit_events: AuditEventsTable;
  education_assignments: EducationAssignmentsTable;
}

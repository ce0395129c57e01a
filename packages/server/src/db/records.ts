// What the repository takes and returns: plain camelCase records. Clinical shapes are the engine's own types,
// so a stored entry, prescription, measure or goal is exactly what the engine's schemas accept.
import type {
  CaseFile,
  Decision,
  Entry,
  ExerciseLog,
  HistoryGoal,
  Intensity,
  Measure,
  Plan,
  Prescription,
  ReferralUrgency,
  Region,
} from '@tandem/engine';
import { z } from 'zod';

export type JsonObject = Record<string, unknown>;

export interface Clinic {
  id: string;
  name: string;
  createdAt: string;
}

export const ROLES = ['owner', 'clinician', 'client'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: string;
  clinicId: string;
  /** Lower-case; e-mails are unique across clinics (one login form). */
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
}
export type NewUser = Pick<User, 'clinicId' | 'email' | 'name' | 'role' | 'passwordHash'>;
export type UserChanges = Partial<Pick<User, 'email' | 'name' | 'role' | 'passwordHash'>>;

export interface Session {
  /** A hash of the token the browser holds; the token itself is never stored. */
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
  createdAt: string;
}
export type NewSession = Omit<Session, 'createdAt'>;

export type Sex = NonNullable<CaseFile['client']['sex']>;

export interface Client {
  id: string;
  clinicId: string;
  /** The client's own login, when they have one. */
  userId: string | null;
  name: string;
  dateOfBirth: string | null;
  sex: Sex | null;
  email: string | null;
  createdAt: string;
}
/** Text as a name search compares it: composed, lower case, trimmed. */
export const foldName = (text: string): string => text.normalize('NFC').toLowerCase().trim();

/** Whether a name contains the text searched for, ignoring case (any script); the rule ClientStore.list applies. */
export const nameMatches = (name: string, wanted: string): boolean => foldName(name).includes(foldName(wanted));

export type NewClient = Pick<Client, 'name'> & Partial<Pick<Client, 'userId' | 'dateOfBirth' | 'sex' | 'email'>>;
export type ClientChanges = Partial<Pick<Client, 'name' | 'userId' | 'dateOfBirth' | 'sex' | 'email'>>;

export type EpisodeStatus = 'active' | 'discharged';

export interface Episode {
  id: string;
  clinicId: string;
  clientId: string;
  status: EpisodeStatus;
  intake: CaseFile;
  startedOn: string;
  dischargedOn: string | null;
  createdAt: string;
}
export type NewEpisode = Pick<Episode, 'clientId' | 'intake' | 'startedOn'>;

export interface Assessment {
  id: string;
  episodeId: string;
  date: string;
  details: JsonObject;
  createdAt: string;
}
export type NewAssessment = Pick<Assessment, 'episodeId' | 'date' | 'details'>;

export interface PlanVersion {
  id: string;
  episodeId: string;
  version: number;
  document: Plan;
  createdBy: string;
  /** Why this version was made ("generated at intake", "clinician edit: …"). */
  reason: string | null;
  createdAt: string;
}
export type PlanVersionSummary = Omit<PlanVersion, 'document'>;
export type NewPlanVersion = Pick<PlanVersion, 'episodeId' | 'version' | 'document' | 'createdBy'> & {
  reason?: string | null;
};

export interface Soap {
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
}

/** A dose as done: sets and one unit, optional resistance (engine ZDone). */
export type Done = NonNullable<ExerciseLog['done']>;

export interface PerformedItem {
  kind: 'technique' | 'exercise';
  /** Technique or exercise id from the knowledge base. */
  itemId: string;
  region: Region | null;
  /** Time spent on the item in the visit. */
  minutes: number | null;
  intensity: Intensity | null;
  /** How the client responded, in the clinician's words. */
  response: string | null;
  dose: Done | null;
  /** Pain during the item (NPRS). */
  pain: number | null;
}

export interface Visit {
  id: string;
  episodeId: string;
  date: string;
  clinicianId: string;
  soap: Soap;
  performed: PerformedItem[];
  createdAt: string;
}
export type NewVisit = Pick<Visit, 'episodeId' | 'date' | 'clinicianId' | 'soap' | 'performed'> & {
  idempotency?: Idempotency;
};

/** The Idempotency-Key a write was sent with and a hash of its request: a repeat is answered from what was stored. */
export interface Idempotency {
  key: string;
  hash: string;
}

/** The prescription in effect when an exercise was logged (what it is compared against). */
export type PrescribedDose = Omit<Prescription, 'exercise'>;

/** An engine exercise log, with the prescription of that day beside it (null when the exercise was not prescribed). */
export interface LoggedExercise extends ExerciseLog {
  prescribed: PrescribedDose | null;
}

export interface HomeLogEntry extends Omit<Entry, 'exercises'> {
  id: string;
  episodeId: string;
  clientId: string;
  exercises: LoggedExercise[];
  createdAt: string;
}
/** An engine entry for an episode; the repository adds each exercise's prescription of that date. */
export type NewHomeLogEntry = Entry & { episodeId: string; idempotency?: Idempotency };

/** Who set a home program: a clinician (or the plan), or the progression engine after a logged session. */
export type PrescriptionOrigin = 'clinician' | 'progression';

export interface PrescriptionRecord extends Prescription {
  id: string;
  episodeId: string;
  validFrom: string;
  origin: PrescriptionOrigin;
  createdAt: string;
}

/** A whole program the progression engine derived, valid from a date. */
export interface DerivedProgram {
  validFrom: string;
  program: Prescription[];
}

export interface MeasureScore extends Measure {
  id: string;
  episodeId: string;
  /** The questionnaire answers the score came from, when it was a questionnaire. */
  answers: unknown;
  createdAt: string;
}
export type NewMeasureScore = Measure & { episodeId: string; answers?: unknown };

export interface GoalRecord extends HistoryGoal {
  id: string;
  episodeId: string;
  createdAt: string;
}

export interface ProgressionDecision extends Decision {
  id: string;
  episodeId: string;
  date: string;
  scope: 'exercise' | 'episode';
  /** The exercise an exercise-scope decision is about; null for the episode. */
  exercise: string | null;
  /** What the decision changed (an exercise step with before/after, or the episode action), kept whole. */
  action: JsonObject | null;
  createdAt: string;
}
export type NewProgressionDecision = Omit<ProgressionDecision, 'id' | 'episodeId' | 'createdAt' | 'action'> & {
  action?: JsonObject | null;
};

export type AppointmentKind = 'in_person' | 'telehealth';
/** Declared once: the request and response schemas, the table type and this type all take it from here. */
export const ZAppointmentStatus = z.enum(['scheduled', 'completed', 'cancelled', 'no_show']);
export type AppointmentStatus = z.infer<typeof ZAppointmentStatus>;

export interface Appointment {
  id: string;
  clinicId: string;
  clientId: string;
  clinicianId: string;
  startsAt: string;
  minutes: number;
  kind: AppointmentKind;
  videoLink: string | null;
  status: AppointmentStatus;
  createdAt: string;
}
/** An appointment with the names a day's schedule shows. */
export interface ScheduledAppointment extends Appointment {
  clientName: string;
  clinicianName: string;
}
export type NewAppointment = Pick<Appointment, 'clientId' | 'clinicianId' | 'startsAt' | 'minutes' | 'kind'> & {
  videoLink?: string | null;
};

export interface Referral {
  id: string;
  episodeId: string;
  /** Who the client is referred to (a GP, an emergency department, a named specialist). */
  to: string;
  urgency: ReferralUrgency;
  reason: string;
  createdAt: string;
}
export type NewReferral = Pick<Referral, 'episodeId' | 'to' | 'urgency' | 'reason'>;

/** An education topic assigned to an episode (the client reads it with the engine's text). */
export interface EducationAssignment {
  id: string;
  episodeId: string;
  /** Engine education topic id. */
  topic: string;
  assignedBy: string;
  assignedOn: string;
  createdAt: string;
}
export type NewEducationAssignment = Pick<EducationAssignment, 'episodeId' | 'topic' | 'assignedBy' | 'assignedOn'>;

export type AuditOutcome = 'success' | 'denied' | 'error';

export interface AuditEvent {
  id: string;
  clinicId: string | null;
  actorUserId: string | null;
  /** What was attempted: `read`, `create`, `update`, `login`, `export`… */
  action: string;
  recordType: string;
  recordId: string | null;
  /** The client whose data was touched, so a client's access history is one query. */
  clientId: string | null;
  at: string;
  outcome: AuditOutcome;
  detail: string | null;
}
export type NewAuditEvent = Pick<AuditEvent, 'action' | 'recordType' | 'outcome'> &
  Partial<Pick<AuditEvent, 'clinicId' | 'actorUserId' | 'recordId' | 'clientId' | 'detail' | 'at'>>;

/** What storage holds of an engine History: the caller adds phases, baseline and visit rate from the plan. */
export interface StoredHistory {
  start: string;
  case: CaseFile;
  /** The first program prescribed in the episode: the engine replays every later change from the entries. */
  prescription: Prescription[];
  entries: Entry[];
  measures: Measure[];
  goals: HistoryGoal[];
}

/** A date range, both ends inclusive; ISO dates or timestamps compared as text. */
export interface Period {
  from?: string;
  to?: string;
}

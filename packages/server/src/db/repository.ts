// The storage interface, by aggregate. Every read or write of clinic data takes the caller's clinic id and behaves
// as if another clinic's rows did not exist: reads return undefined or [], writes throw StorageError('not_found').
import type { Dialect } from './connect.ts';
import type {
  Appointment,
  AppointmentStatus,
  Assessment,
  AuditEvent,
  Client,
  ClientChanges,
  Clinic,
  DerivedProgram,
  EducationAssignment,
  Episode,
  EpisodeStatus,
  GoalRecord,
  HomeLogEntry,
  MeasureScore,
  NewAppointment,
  NewAssessment,
  NewAuditEvent,
  NewClient,
  NewEpisode,
  NewEducationAssignment,
  NewHomeLogEntry,
  NewMeasureScore,
  NewPlanVersion,
  NewProgressionDecision,
  NewReferral,
  NewSession,
  NewUser,
  NewVisit,
  Period,
  PlanVersion,
  PlanVersionSummary,
  PrescriptionRecord,
  ProgressionDecision,
  Referral,
  ScheduledAppointment,
  Session,
  StoredHistory,
  User,
  UserChanges,
  Visit,
} from './records.ts';
import type { AttentionEpisode, HistoryGoal, OutcomeEpisode, Prescription } from '@tandem/engine';

export interface ClinicStore {
  create: (clinic: { name: string }) => Promise<Clinic>;
  get: (id: string) => Promise<Clinic | undefined>;
  /** Every clinic, oldest first (the command line picks the only one; the demo seeds an empty database). */
  list: () => Promise<Clinic[]>;
}

export interface UserStore {
  /** Throws StorageError('conflict') when the e-mail is taken (in any clinic). */
  create: (user: NewUser) => Promise<User>;
  get: (clinicId: string, id: string) => Promise<User | undefined>;
  /** For login, before any clinic is known; case-insensitive. */
  findByEmail: (email: string) => Promise<User | undefined>;
  list: (clinicId: string) => Promise<User[]>;
  update: (clinicId: string, id: string, changes: UserChanges) => Promise<User>;
  /** Counts a failed login in one statement (safe under concurrent attempts); locks once the count reaches lockAfter. */
  recordFailedLogin: (userId: string, lock: { lockAfter: number; lockUntil: string }) => Promise<User>;
  /** After a successful login: the count goes back to 0 and any lock is lifted. */
  clearFailedLogins: (userId: string) => Promise<void>;
}

export interface SessionStore {
  create: (session: NewSession) => Promise<Session>;
  /** The session and its user, unless it has expired (by the repository's clock) or does not exist. */
  get: (id: string) => Promise<{ session: Session; user: User } | undefined>;
  delete: (id: string) => Promise<void>;
  deleteForUser: (userId: string) => Promise<number>;
  deleteExpired: () => Promise<number>;
}

export interface ClientStore {
  create: (clinicId: string, client: NewClient) => Promise<Client>;
  get: (clinicId: string, id: string) => Promise<Client | undefined>;
  /** The client record a client's login belongs to. */
  findByUser: (clinicId: string, userId: string) => Promise<Client | undefined>;
  /** By name; `nameContains` keeps the names containing it, ignoring case (Unicode, on both databases). */
  list: (clinicId: string, filter?: { nameContains?: string }) => Promise<Client[]>;
  update: (clinicId: string, id: string, changes: ClientChanges) => Promise<Client>;
}

export interface EpisodeStore {
  create: (clinicId: string, episode: NewEpisode) => Promise<Episode>;
  get: (clinicId: string, id: string) => Promise<Episode | undefined>;
  /** Newest first. */
  list: (clinicId: string, filter?: { clientId?: string; status?: EpisodeStatus }) => Promise<Episode[]>;
  updateIntake: (clinicId: string, id: string, intake: Episode['intake']) => Promise<Episode>;
  discharge: (clinicId: string, id: string, on: string) => Promise<Episode>;
  /** What storage holds of the engine's History input for the episode (see StoredHistory). */
  history: (clinicId: string, id: string) => Promise<StoredHistory | undefined>;
}

export interface AssessmentStore {
  add: (clinicId: string, assessment: NewAssessment) => Promise<Assessment>;
  list: (clinicId: string, episodeId: string) => Promise<Assessment[]>;
}

export interface PlanStore {
  /**
   * Stores the next version of an episode's plan. The caller names the version it is writing (current + 1), so two
   * edits of the same version cannot both win: the second throws StorageError('conflict').
   */
  addVersion: (clinicId: string, plan: NewPlanVersion) => Promise<PlanVersion>;
  current: (clinicId: string, episodeId: string) => Promise<PlanVersion | undefined>;
  get: (clinicId: string, episodeId: string, version: number) => Promise<PlanVersion | undefined>;
  /** Oldest first, without the documents. */
  versions: (clinicId: string, episodeId: string) => Promise<PlanVersionSummary[]>;
}

export interface VisitStore {
  /** The visit and its performed items, all or nothing. The clinician must be staff of the clinic. */
  add: (clinicId: string, visit: NewVisit) => Promise<Visit>;
  get: (clinicId: string, id: string) => Promise<Visit | undefined>;
  /** In date order. */
  list: (clinicId: string, episodeId: string) => Promise<Visit[]>;
  /** The visit stored with an Idempotency-Key in the episode, with its request's hash. */
  findByIdempotencyKey: (
    clinicId: string,
    episodeId: string,
    key: string,
  ) => Promise<{ visit: Visit; hash: string } | undefined>;
}

export interface HomeLogStore {
  /**
   * The entry and its exercise logs, all or nothing; each log gets the prescription in effect on the entry's date.
   * An Idempotency-Key already stored in the episode: StorageError('conflict') (the unique index decides a race).
   */
  add: (clinicId: string, entry: NewHomeLogEntry) => Promise<HomeLogEntry>;
  /** The entry stored with an Idempotency-Key in the episode, with its request's hash. */
  findByIdempotencyKey: (
    clinicId: string,
    episodeId: string,
    key: string,
  ) => Promise<{ entry: HomeLogEntry; hash: string } | undefined>;
  get: (clinicId: string, id: string) => Promise<HomeLogEntry | undefined>;
  /** In date order, then in the order they were logged. */
  list: (clinicId: string, episodeId: string, period?: Period) => Promise<HomeLogEntry[]>;
  /** The next morning's pain for an exercise logged in an entry. */
  recordNextMorning: (clinicId: string, entryId: string, exercise: string, pain: number) => Promise<HomeLogEntry>;
}

export interface MeasureStore {
  add: (clinicId: string, score: NewMeasureScore) => Promise<MeasureScore>;
  /** In date order. */
  list: (clinicId: string, episodeId: string, filter?: { measure?: string }) => Promise<MeasureScore[]>;
}

export interface GoalStore {
  add: (clinicId: string, episodeId: string, goal: HistoryGoal) => Promise<GoalRecord>;
  /** Replaces every goal of the episode (a new plan version brings its own), all or nothing. */
  replace: (clinicId: string, episodeId: string, goals: readonly HistoryGoal[]) => Promise<GoalRecord[]>;
  list: (clinicId: string, episodeId: string) => Promise<GoalRecord[]>;
}

export interface PrescriptionStore {
  /**
   * The whole home program valid from a date, all or nothing; it replaces any program set for the same date, and the
   * programs before it stay as history.
   */
  set: (
    clinicId: string,
    episodeId: string,
    validFrom: string,
    program: readonly Prescription[],
  ) => Promise<PrescriptionRecord[]>;
  /** The program in effect on a date (the latest set on or before it); [] before the first. */
  current: (clinicId: string, episodeId: string, on: string) => Promise<PrescriptionRecord[]>;
  /** Every program, oldest first. */
  list: (clinicId: string, episodeId: string) => Promise<PrescriptionRecord[]>;
  /**
   * Replaces the programs the progression engine derived within a period (both ends inclusive) with a new run's, all
   * or nothing; clinician programs are kept. A derived program dated on a clinician program's date: StorageError('conflict').
   */
  replaceDerived: (
    clinicId: string,
    episodeId: string,
    period: Period,
    programs: readonly DerivedProgram[],
  ) => Promise<PrescriptionRecord[]>;
}

export interface DecisionStore {
  /** A progression run's decisions, all or nothing. */
  record: (
    clinicId: string,
    episodeId: string,
    decisions: readonly NewProgressionDecision[],
  ) => Promise<ProgressionDecision[]>;
  /** Replaces the decisions dated within a period (both ends inclusive) with a new run's, all or nothing. */
  replace: (
    clinicId: string,
    episodeId: string,
    period: Period,
    decisions: readonly NewProgressionDecision[],
  ) => Promise<ProgressionDecision[]>;
  list: (clinicId: string, episodeId: string) => Promise<ProgressionDecision[]>;
}

export interface AppointmentStore {
  /** Client and clinician must both belong to the clinic. */
  create: (clinicId: string, appointment: NewAppointment) => Promise<Appointment>;
  get: (clinicId: string, id: string) => Promise<Appointment | undefined>;
  /** By start time. */
  list: (clinicId: string, filter?: Period & { clientId?: string; clinicianId?: string }) => Promise<Appointment[]>;
  /** The same list with the client's and the clinician's names, for a day's schedule. */
  schedule: (
    clinicId: string,
    filter?: Period & { clientId?: string; clinicianId?: string },
  ) => Promise<ScheduledAppointment[]>;
  setStatus: (clinicId: string, id: string, status: AppointmentStatus) => Promise<Appointment>;
}

export interface ReferralStore {
  add: (clinicId: string, referral: NewReferral) => Promise<Referral>;
  list: (clinicId: string, episodeId: string) => Promise<Referral[]>;
}

export interface EducationStore {
  /** Assigns a topic; the assigner must be staff of the clinic. A topic already assigned to the episode: StorageError('conflict'). */
  assign: (clinicId: string, assignment: NewEducationAssignment) => Promise<EducationAssignment>;
  /** In the order they were assigned. */
  list: (clinicId: string, episodeId: string) => Promise<EducationAssignment[]>;
}

export interface AuditStore {
  /** Append-only: there is no update or delete. `at` defaults to the repository's clock. */
  record: (event: NewAuditEvent) => Promise<AuditEvent>;
  /** Newest first. */
  list: (clinicId: string, filter?: Period & { clientId?: string; limit?: number }) => Promise<AuditEvent[]>;
}

/** Clinic-wide reads for the overview screens: a few set-based queries, never one per client. */
export interface OverviewStore {
  /** What the attention list needs of each active episode, every date on or before `asOf`. */
  attention: (clinicId: string, asOf: string) => Promise<AttentionEpisode[]>;
  /** What the outcome figures need of every episode, as of a date. */
  outcomes: (clinicId: string, asOf: string) => Promise<OutcomeEpisode[]>;
}

export interface Repository {
  readonly dialect: Dialect;
  /**
   * Runs work in one transaction: everything it writes through the given repository commits together or not at all.
   * Calls inside it join the transaction rather than nest.
   */
  transaction: <T>(work: (repo: Repository) => Promise<T>) => Promise<T>;
  clinics: ClinicStore;
  users: UserStore;
  sessions: SessionStore;
  clients: ClientStore;
  episodes: EpisodeStore;
  assessments: AssessmentStore;
  plans: PlanStore;
  visits: VisitStore;
  homeLog: HomeLogStore;
  measures: MeasureStore;
  goals: GoalStore;
  prescriptions: PrescriptionStore;
  decisions: DecisionStore;
  appointments: AppointmentStore;
  referrals: ReferralStore;
  education: EducationStore;
  audit: AuditStore;
  overview: OverviewStore;
}

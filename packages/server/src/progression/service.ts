// Progression on the server: the engine's History for an episode from storage and the current plan, one replay, and
// the decisions and derived home programs it stores.
//
// Segments: the engine replays from one starting program. A clinician's program (PUT, or the plan's) starts a new
// segment on its date; the programs the engine derives after logged sessions are stored too (origin 'progression'),
// so each log keeps the dose of its day beside it, but the replay always starts from the latest clinician program
// on or before the date in question.
//
// Storing: a change dated D (an entry, a next-morning pain, a new program) cannot alter anything the engine decided
// before D, because it replays in date order. So the segment is replayed in full and the stored decisions and derived
// programs dated from D to the segment's end are replaced by the new run's, in the caller's transaction; earlier ones
// stay as they are.
import {
  START_PHASE,
  addDays,
  classifyIrritability,
  parseHistory,
  progress,
  type Entry,
  type HistoryInput,
  type PhaseId,
  type Plan,
  type Prescription,
  type Problem,
  type ProgressReport,
} from '@tandem/engine';
import type {
  DerivedProgram,
  Episode,
  NewProgressionDecision,
  PrescriptionOrigin,
  PrescriptionRecord,
  StoredHistory,
} from '../db/records.ts';
import type { Repository } from '../db/repository.ts';
import { canonicalJson } from '../canonical-json.ts';

/** [P] Visits a week when neither the plan nor the intake says (the engine's default too). */
export const DEFAULT_VISITS_PER_WEEK = 2;

export interface ProgramVersion {
  validFrom: string;
  origin: PrescriptionOrigin;
  program: Prescription[];
}

/** What progression needs of an episode, read in one go (no query per entry or per program). */
export interface EpisodeState {
  episode: Episode;
  stored: StoredHistory;
  /** Every program, oldest first. */
  programs: ProgramVersion[];
  plan: Plan | null;
}

export async function loadEpisodeState(repo: Repository, episode: Episode): Promise<EpisodeState> {
  const [stored, records, plan] = await Promise.all([
    repo.episodes.history(episode.clinicId, episode.id),
    repo.prescriptions.list(episode.clinicId, episode.id),
    repo.plans.current(episode.clinicId, episode.id),
  ]);
  if (!stored) throw new Error(`episode ${episode.id} vanished while it was read`);
  const programs: ProgramVersion[] = [];
  for (const record of records) {
    const last = programs.at(-1);
    if (last?.validFrom === record.validFrom) last.program.push(asPrescription(record));
    else programs.push({ validFrom: record.validFrom, origin: record.origin, program: [asPrescription(record)] });
  }
  return { episode, stored, programs, plan: plan?.document ?? null };
}

/** A stored prescription as the engine's. */
export const asPrescription = ({
  id: _id,
  episodeId: _episode,
  validFrom: _from,
  origin: _origin,
  createdAt: _created,
  ...p
}: PrescriptionRecord): Prescription => p;

/** The program in force on a date (the latest set on or before it); [] before the first. */
export const programOn = (state: EpisodeState, date: string): Prescription[] =>
  state.programs.findLast((p) => p.validFrom <= date)?.program ?? [];

export interface Segment {
  /** The clinician program's date: the replay's start. */
  from: string;
  /** The day before the next clinician program, or null for the open segment. */
  to: string | null;
  program: Prescription[];
}

export function segmentsOf(programs: readonly ProgramVersion[]): Segment[] {
  const anchors = programs.filter((p) => p.origin === 'clinician');
  return anchors.map((a, i) => {
    const next = anchors[i + 1];
    return { from: a.validFrom, to: next ? addDays(next.validFrom, -1) : null, program: a.program };
  });
}

export const segmentAt = (state: EpisodeState, date: string): Segment | undefined =>
  segmentsOf(state.programs).findLast((s) => s.from <= date);

interface PhaseChange {
  phase: PhaseId;
  start: string;
  visitsPerWeek: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The phases in effect over the episode: the plan's active phases dated from its start (startWeek 1 = the plan's
 * date), or, with no plan yet, the phase the intake's irritability picks from the episode's start. Maintenance
 * starts at discharge, not on the plan's calendar.
 */
export function phaseTimeline(state: EpisodeState): PhaseChange[] {
  const { episode, plan } = state;
  const planStart = plan && ISO_DATE.test(plan.generatedFor) ? plan.generatedFor : episode.startedOn;
  const changes: PhaseChange[] = (plan?.phases ?? [])
    .filter((p) => p.id !== 'maintain')
    .map((p) => ({ phase: p.id, start: addDays(planStart, (p.startWeek - 1) * 7), visitsPerWeek: p.visitsPerWeek }));
  if (changes.length === 0) {
    const irritability = classifyIrritability(state.stored.case).decision;
    changes.push({
      phase: START_PHASE[irritability],
      start: episode.startedOn,
      visitsPerWeek: state.stored.case.preferences.visitsPerWeek ?? DEFAULT_VISITS_PER_WEEK,
    });
  }
  if (episode.dischargedOn !== null) {
    const maintain = state.plan?.phases.find((p) => p.id === 'maintain');
    changes.push({ phase: 'maintain', start: episode.dischargedOn, visitsPerWeek: maintain?.visitsPerWeek ?? 0.25 });
  }
  // Strictly in date order, as the engine asks.
  return changes.filter((c, i) => i === 0 || c.start > (changes[i - 1]?.start ?? ''));
}

/** The engine's input for one segment; `extra` is an entry not stored yet, placed after the entries of its date. */
export function historyFor(
  state: EpisodeState,
  segment: Segment,
  extra?: Entry,
): { input: HistoryInput; extraIndex: number | null } {
  const timeline = phaseTimeline(state);
  const inForce = timeline.findLast((c) => c.start <= segment.from) ?? timeline[0];
  const phases = [
    { phase: inForce?.phase ?? 'restore', start: segment.from },
    ...timeline.filter((c) => c.start > segment.from).map((c) => ({ phase: c.phase, start: c.start })),
  ];
  const within = (date: string) => date >= segment.from && (segment.to === null || date <= segment.to);
  const entries = state.stored.entries.filter((e) => within(e.date));
  let extraIndex: number | null = null;
  if (extra && within(extra.date)) {
    const after = entries.findIndex((e) => e.date > extra.date);
    extraIndex = after === -1 ? entries.length : after;
    entries.splice(extraIndex, 0, extra);
  }
  const reassess = state.plan?.reassessEverySessions;
  return {
    input: {
      start: segment.from,
      phases,
      visitsPerWeek: inForce?.visitsPerWeek ?? DEFAULT_VISITS_PER_WEEK,
      ...(reassess !== null &&
        reassess !== undefined && { reassessEvery: Math.min(10, Math.max(1, Math.round(reassess))) }),
      // The intake's current pain is the usual level until two weeks of logs give the engine a median of its own.
      baseline: { painAtRest: state.stored.case.pain.nprs.current },
      case: state.stored.case,
      caseDate: state.episode.startedOn,
      prescription: segment.program,
      entries,
      measures: state.stored.measures.filter((m) => segment.to === null || m.date <= segment.to),
      // A goal set at the episode's start keeps that start when a later segment is replayed.
      goals: state.stored.goals.map((g) => ({ ...g, start: g.start ?? state.episode.startedOn })),
    },
    extraIndex,
  };
}

export interface Run {
  segment: Segment | null;
  report: ProgressReport | null;
  /** Why the engine could not replay (paths are the engine's: `entries[3].exercises[0].exercise`). */
  problems: Problem[];
  /** Where `extra` sits among the history's entries, to tell its problems from the stored ones'. */
  extraIndex: number | null;
}

/** Replays the segment holding `date` (with `extra` added), up to `asOf` or the latest dated item. */
export function replay(state: EpisodeState, date: string, options: { extra?: Entry; asOf?: string } = {}): Run {
  const segment = segmentAt(state, date);
  if (!segment) return { segment: null, report: null, problems: [], extraIndex: null };
  const { input, extraIndex } = historyFor(state, segment, options.extra);
  const parsed = parseHistory(input);
  if (!parsed.ok) return { segment, report: null, problems: parsed.problems, extraIndex };
  const result = progress(parsed.value, options.asOf === undefined ? {} : { asOf: options.asOf });
  return result.ok
    ? { segment, report: result.value, problems: [], extraIndex }
    : { segment, report: null, problems: result.problems, extraIndex };
}

/** Problems of the added entry under `prefix` (`body` → `body.exercises[1].exercise`), and the rest. */
export function entryProblems(run: Run, prefix: string): { entry: Problem[]; other: Problem[] } {
  const mine = run.extraIndex === null ? null : `entries[${run.extraIndex}]`;
  const entry: Problem[] = [];
  const other: Problem[] = [];
  for (const p of run.problems) {
    if (mine !== null && (p.path === mine || p.path.startsWith(`${mine}.`)))
      entry.push({ path: `${prefix}${p.path.slice(mine.length)}`, message: p.message });
    else other.push(p);
  }
  return { entry, other };
}

/** The engine's decisions as stored: an exercise step keeps before/after, an episode decision its action. */
export function decisionsOf(report: ProgressReport, from = ''): NewProgressionDecision[] {
  return report.events
    .filter((e) => e.date >= from)
    .map((e) => {
      const base = { date: e.date, decision: e.decision, ruleId: e.ruleId, rationale: e.rationale, inputs: e.inputs };
      return e.scope === 'exercise'
        ? {
            ...base,
            scope: 'exercise',
            exercise: e.exercise,
            action: { step: e.step, change: e.change, before: e.before, after: e.after },
          }
        : { ...base, scope: 'episode', exercise: null, action: { ...e.action } };
    });
}

/**
 * The whole program after each date on which the engine changed it, from `from` on. A change on the segment's first
 * day is stored from the next day, because that date already holds the clinician's program the replay starts from.
 */
export function derivedPrograms(report: ProgressReport, segment: Segment, from: string): DerivedProgram[] {
  let program = [...segment.program];
  const byDate = new Map<string, Prescription[]>();
  const dates = [...new Set(report.events.map((e) => e.date))];
  for (const date of dates) {
    const before = program;
    program = [...program];
    for (const e of report.events) {
      if (e.scope !== 'exercise' || e.date !== date) continue;
      const slot = program.findIndex((p) => p.exercise === e.before.exercise);
      if (slot !== -1) program[slot] = e.after;
    }
    if (canonicalJson(program) !== canonicalJson(before))
      byDate.set(date === segment.from ? addDays(date, 1) : date, program);
  }
  return [...byDate]
    .filter(([date]) => date >= from && (segment.to === null || date <= segment.to))
    .map(([validFrom, p]) => ({ validFrom, program: p }));
}

/** Stores a run's decisions and derived programs dated from `from` to its segment's end (see the file comment). */
export async function storeRun(
  repo: Repository,
  episode: Episode,
  from: string,
  run: Run,
): Promise<NewProgressionDecision[]> {
  if (!run.segment || !run.report) return [];
  const start = from < run.segment.from ? run.segment.from : from;
  const period = { from: start, ...(run.segment.to !== null && { to: run.segment.to }) };
  const decisions = decisionsOf(run.report, start);
  await repo.decisions.replace(episode.clinicId, episode.id, period, decisions);
  await repo.prescriptions.replaceDerived(
    episode.clinicId,
    episode.id,
    period,
    derivedPrograms(run.report, run.segment, start),
  );
  return decisions;
}

const queues = new Map<string, Promise<void>>();

/**
 * Runs work for one episode at a time in this process: two logs saved at once would otherwise both replace the
 * decisions from the same stale read (PostgreSQL's read committed does not stop it; SQLite's write lock does).
 */
export function oneAtATime<T>(episodeId: string, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(episodeId) ?? Promise.resolve();
  const result = previous.then(work);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  queues.set(episodeId, settled);
  void settled.then(() => {
    if (queues.get(episodeId) === settled) queues.delete(episodeId);
  });
  return result;
}

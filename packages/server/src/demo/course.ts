// A demo client's course of care, day by day: each day's log is made against what the engine prescribes on that day
// (as packages/engine/src/testing/histories.ts does), so every log names the exercise in force and every change of
// program is the engine's own. Pure: it returns what to store.
import {
  addDays,
  daysBetween,
  parseHistory,
  progress,
  describeProblems,
  type Entry,
  type ExerciseLog,
  type History,
  type Measure,
  type Plan,
  type Prescription,
  type ProgressEvent,
  type ProgressReport,
} from '@tandem/engine';
import type { Episode, StoredHistory } from '../db/records.ts';
import { historyFor, segmentAt, type EpisodeState } from '../progression/service.ts';
import { scoreOn, trackedMeasures } from './outcome-model.ts';
import type { Storyline } from './storylines.ts';

export interface CourseDay {
  date: string;
  /** A new home program in force from this date (the engine changed the dose or the exercise), else null. */
  program: Prescription[] | null;
  entry: Entry;
  visit: boolean;
  /** Re-assessment scores taken at this visit. */
  measures: Measure[];
  /** The decisions the engine made on this date (visits only; the visit note uses them). */
  events: ProgressEvent[];
}

export interface Course {
  days: CourseDay[];
  /** The replay as of the last day: its events are the decisions to record. */
  report: ProgressReport;
}

export interface CourseInput {
  episode: Episode;
  /** The last day of care so far (inclusive). */
  until: string;
  plan: Plan;
  /** What is stored at intake: the first program, intake scores and goals (entries empty). */
  stored: StoredHistory;
  storyline: Storyline;
}

/** Days of the week (0 = the start's weekday) an exercise done n days a week falls on (as the engine's test support). */
const SCHEDULE: Readonly<Record<number, readonly number[]>> = {
  1: [0],
  2: [0, 3],
  3: [0, 2, 4],
  4: [0, 1, 3, 5],
  5: [0, 1, 2, 4, 5],
  6: [0, 1, 2, 3, 4, 5],
  7: [0, 1, 2, 3, 4, 5, 6],
};
/** Nothing is logged on the last day of each week (a rest day). */
const REST_DAY = 6;
const PARTIAL_SHARE = 0.08;

/** A small seeded generator (mulberry32): the same cases on the same day give the same demo. */
function random(seedText: string): () => number {
  let seed = 2_166_136_261; // FNV-1a of the text
  for (let i = 0; i < seedText.length; i++) seed = Math.imul(seed ^ seedText.charCodeAt(i), 16_777_619) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function replay(history: History, asOf: string): ProgressReport {
  const result = progress(history, { asOf });
  if (!result.ok) throw new Error(`demo course replay failed: ${describeProblems(result.problems)}`);
  return result.value;
}

function doneLog(p: Prescription, painDuring: number, morning: number, effort: number, partial: boolean): ExerciseLog {
  const unit =
    p.reps !== undefined
      ? { reps: p.reps }
      : p.holdSeconds !== undefined
        ? { holdSeconds: p.holdSeconds }
        : { minutes: p.minutes ?? 1 };
  const sets = partial && p.sets > 1 ? p.sets - 1 : p.sets;
  return { exercise: p.exercise, done: { sets, ...unit }, painDuring, painNextMorning: morning, effort };
}

/**
 * The engine can step an exercise up to the next one in its chain while that one is already prescribed (pendulum →
 * table slide when both are in the program), leaving two slots for one exercise. A program holds each exercise once
 * and a log names it once; the engine matches a log to the first slot, so that is the one kept.
 */
const oncePerExercise = (program: readonly Prescription[]): Prescription[] =>
  program.filter((p, i) => program.findIndex((q) => q.exercise === p.exercise) === i);

export function simulateCourse(input: CourseInput): Course {
  const { plan, storyline: story } = input;
  const start = input.episode.startedOn;
  // The History as the server's progression service builds it from storage (phases, baseline, visit rate).
  const state: EpisodeState = {
    episode: input.episode,
    stored: input.stored,
    plan,
    programs: [{ validFrom: start, origin: 'clinician', program: input.stored.prescription }],
  };
  const segment = segmentAt(state, start);
  if (!segment) throw new Error(`demo course for ${input.stored.case.id}: no home program to start from`);
  const parsed = parseHistory(historyFor(state, segment).input);
  if (!parsed.ok) throw new Error(`demo course for ${input.stored.case.id}: ${describeProblems(parsed.problems)}`);
  const history = parsed.value;
  const rand = random(`${input.stored.case.id}:${start}`);
  const visitWeekdays = (plan.phases[0]?.visitsPerWeek ?? 1) >= 2 ? [0, 3] : [0];
  const tracked = trackedMeasures(input.stored.measures, input.stored.goals);
  const totalDays = daysBetween(start, input.until) + 1;
  // Pain at rest trends down from a little under the intake's pain as far as the response allows.
  const restStart = clamp(input.stored.case.pain.nprs.current - 1, 1, 6);
  const restEnd = Math.max(1, restStart - Math.round(3 * story.response));
  const days: CourseDay[] = [];
  let program = JSON.stringify(history.prescription);
  let reassessPending = false;
  let lastVisit: CourseDay | null = null;

  for (let d = 0; d < totalDays; d++) {
    const date = addDays(start, d);
    const weekday = d % 7;
    const visit = visitWeekdays.includes(weekday);
    if (!visit && (weekday === REST_DAY || rand() < story.skipShare / 2)) continue;
    const now = replay(history, date);
    // The last visit's decisions are complete in the first replay after its day (one replay fewer per visit).
    if (lastVisit) {
      const visitDate = lastVisit.date;
      lastVisit.events = now.events.filter((e) => e.date === visitDate);
      if (lastVisit.events.some((e) => e.decision === 'reassess_due')) reassessPending = true;
      lastVisit = null;
    }
    const prescription = oncePerExercise(now.deload?.prescription ?? now.prescription);
    const changed = JSON.stringify(prescription) !== program;
    if (changed) program = JSON.stringify(prescription);

    const t = d / totalDays;
    const trend = Math.round(restStart + (restEnd - restStart) * t);
    const flaring = story.flare !== undefined && d >= story.flare.day && d < story.flare.day + story.flare.days;
    // Rest pain is the trend or one above it; the next morning settles back to the trend, so sessions count as tolerated.
    const painAtRest = flaring ? clamp(trend + 3, 0, 10) : trend + (rand() < 0.3 ? 1 : 0);
    const morning = flaring ? painAtRest : trend;
    const sleep = flaring ? 4 : clamp(Math.round(5 + 2 * t * story.response + (rand() < 0.3 ? 1 : 0)), 0, 10);
    const fatigue = flaring ? 6 : clamp(Math.round(5 - 2 * t * story.response - (rand() < 0.3 ? 1 : 0)), 0, 10);
    const skipped = !visit && rand() < story.skipShare / 2;
    const exercises = prescription
      .filter((p) => visit || (SCHEDULE[p.daysPerWeek] ?? []).includes(weekday))
      .map((p): ExerciseLog => {
        if (skipped) return { exercise: p.exercise, done: null };
        const painDuring = flaring ? 6 : clamp(trend - 1 + (rand() < 0.3 ? 1 : 0), 0, p.painCeiling - 1);
        return doneLog(p, painDuring, morning, 5 + Math.floor(rand() * 3), rand() < PARTIAL_SHARE);
      });
    const note = flaring && d === story.flare?.day ? story.flare.note : story.notes?.[d];
    const entry: Entry = {
      date,
      source: visit ? 'visit' : 'home',
      painAtRest,
      sleep,
      fatigue,
      ...(note !== undefined ? { note } : {}),
      exercises,
    };
    history.entries.push(entry);

    let measures: Measure[] = [];
    // Re-assessed at the visit after the engine says it is due, as a clinic would book it.
    if (visit && reassessPending) {
      measures = tracked.map((m) => ({ date, measure: m.measure, value: scoreOn(m, start, date, story.response) }));
      history.measures.push(...measures);
      reassessPending = false;
    }
    const day: CourseDay = { date, program: changed ? prescription : null, entry, visit, measures, events: [] };
    if (visit) lastVisit = day;
    days.push(day);
  }
  const report = replay(history, input.until);
  const finalVisit: CourseDay | null = lastVisit;
  if (finalVisit) finalVisit.events = report.events.filter((e) => e.date === finalVisit.date);
  return { days, report };
}

// Replays a history in date order: a decision per exercise after each entry, and episode decisions as they arise.
import { addDays, dayNumber, isoDay, weeksBetween } from '../dates.ts';
import { EXERCISES, EXERCISES_BY_ID } from '../knowledge/index.ts';
import type { Exercise, PhaseId } from '../knowledge/schema.ts';
import { exerciseSafety } from '../plan/exercise-safety.ts';
import { reassessEvery } from '../plan/goals.ts';
import { fail, ok, type Problem, type Result } from '../result.ts';
import { screenCase, screeningMovesWithTime, type ScreeningResult } from '../screening/index.ts';
import { ALWAYS_AVAILABLE } from '../vocabulary/index.ts';
import { addEntry, mean, valuesIn, type Day } from './days.ts';
import { detectFatigue } from './fatigue.ts';
import { detectFlare, type Flare } from './flare.ts';
import { goalProgress, goalStanding, type GoalStanding } from './goal-progress.ts';
import { sessionDone, unitOf, type Entry, type History, type Prescription } from './history.ts';
import { maintenanceProgram } from './maintenance.ts';
import { judgeSession, MIN_DAYS_BETWEEN_CHANGES } from './pain-monitoring.ts';
import { checkPhaseExit, phaseReady, previousPhase } from './phase-exit.ts';
import { ADHERENCE_CONFIRMED, detectPlateau, plateauMeasures } from './plateau.ts';
import {
  deloadPrescription,
  describeChange,
  rebuildStep,
  restartPrescription,
  safeSwap,
  stepDown,
  stepUp,
  type ExerciseGate,
} from './prescription.ts';
import type {
  Adherence,
  Alternative,
  EpisodeAction,
  EpisodeDecision,
  ExerciseDecision,
  ProgressEvent,
  ProgressReport,
} from './types.ts';
import type { Decision } from '../decision.ts';

export interface ProgressOptions {
  /** The date to report at; entries and measures after it are left out. Defaults to the latest dated item. */
  asOf?: string;
}

/** [P] A deload lasts a week (Bell 2022: deloads of about 7 days). */
export const DELOAD_DAYS = 7;
/** [P] Adherence is judged over the last two weeks; a low-adherence prompt repeats at most weekly. */
export const ADHERENCE_WINDOW_DAYS = 14;
/** [P] The clinician checks in within two days of a flare. */
export const CHECK_IN_DAYS = 2;

interface Slot {
  prescription: Prescription;
  /** The last logged session met every condition for a rise. */
  qualified: boolean;
  /** Logged sessions in a row done in full within pain limits. */
  cleanRun: number;
  lastChange: number;
  lastChangeWasDown: boolean;
  /** Day of the last logged session (done or not). */
  lastSession: number | null;
  /** After a flare: the dose before it, which the next rises return to (three quarters, then all of it). */
  rebuildTo: Prescription | null;
}

/**
 * [P] Two sessions count as "in a row" only when no prescribed session fell between them: at most the usual gap for
 * the days a week prescribed, plus two days' slack.
 */
export const maxGapDays = (daysPerWeek: number): number => Math.ceil(7 / daysPerWeek) + 2;

interface Gates {
  safe: ExerciseGate;
  gate: ExerciseGate;
}

/**
 * Screening and equipment from the case, when the history carries one, on a date: `safe` applies the screening limits
 * as they stand that many weeks after the start (healing and pregnancy move on), `gate` also asks for the equipment
 * (a new exercise must be doable at home). Without a case everything is open.
 */
function gatesFor(history: History): (date: string) => Gates {
  const caseFile = history.case;
  if (!caseFile) return () => ({ safe: OPEN, gate: OPEN });
  const equipment = new Set([...caseFile.equipment, ...ALWAYS_AVAILABLE]);
  const from = history.caseDate ?? history.start;
  const byWeek = new Map<number, Gates>();
  const moves = screeningMovesWithTime(caseFile);
  return (date) => {
    const week = moves ? weeksBetween(from, date) : 0;
    let gates = byWeek.get(week);
    if (gates === undefined) {
      gates = gatesOn(screenCase(caseFile, { weeksLater: week }), equipment);
      byWeek.set(week, gates);
    }
    return gates;
  };
}

function gatesOn(screening: ScreeningResult, equipment: ReadonlySet<string>): Gates {
  const safe: ExerciseGate = (exercise) => {
    const safety = exerciseSafety(screening, exercise);
    return safety.allowed ? { allowed: true } : { allowed: false, why: safety.rationale };
  };
  const gate: ExerciseGate = (exercise) => {
    const safety = safe(exercise);
    if (!safety.allowed) return safety;
    const missing = exercise.equipment.filter((e) => !equipment.has(e));
    return missing.length > 0
      ? { allowed: false, why: `it needs ${missing.join(', ').replaceAll('_', ' ')}, which the client does not have` }
      : { allowed: true };
  };
  return { safe, gate };
}

const OPEN: ExerciseGate = () => ({ allowed: true });

export function progress(history: History, options: ProgressOptions = {}): Result<ProgressReport> {
  return new Replay(history, options).run();
}

class Replay {
  private readonly gatesAt: (date: string) => Gates;
  /** The date being replayed: the limits of that date decide what the client may do. */
  private date: string;
  private readonly gate: ExerciseGate = (exercise) => this.gatesAt(this.date).gate(exercise);
  private readonly slots: Slot[];
  private readonly days: Day[] = [];
  private readonly events: ProgressEvent[] = [];
  private readonly problems: Problem[] = [];
  private readonly entries: readonly { entry: Entry; index: number }[];
  private readonly measures: History['measures'];
  private readonly asOf: string;
  private readonly reassessAfter: number;
  private readonly plateauKeys;
  /** Day numbers of exercise sessions logged as done, in order (for adherence). */
  private readonly doneDays: number[] = [];
  private readonly homeDays: number[] = [];
  private readonly announced = new Set<string>();
  private flare: Flare | null = null;
  private deloadUntil: number | null = null;
  private visitsSinceAssessment = 0;
  private lastAdherenceAlert: number | null = null;
  private measuredUpTo = 0;

  constructor(
    private readonly history: History,
    options: ProgressOptions,
  ) {
    this.gatesAt = gatesFor(history);
    this.date = history.start;
    const gates = this.gatesAt(history.start);
    history.prescription.forEach((p, i) => {
      const exercise = EXERCISES_BY_ID.get(p.exercise);
      const check = exercise ? gates.safe(exercise) : { allowed: true as const };
      if (!check.allowed)
        this.problems.push({
          path: `prescription[${i}].exercise`,
          message: `"${p.exercise}" is ruled out for this client by screening: ${check.why}`,
        });
    });
    const start = dayNumber(history.start);
    this.slots = history.prescription.map((prescription) => ({
      prescription,
      qualified: false,
      cleanRun: 0,
      lastChange: start,
      lastChangeWasDown: false,
      lastSession: null,
      rebuildTo: null,
    }));
    const latest = [history.start, history.entries.at(-1)?.date ?? '', ...history.measures.map((m) => m.date)].reduce(
      (a, b) => (b > a ? b : a),
    );
    this.asOf = options.asOf ?? latest;
    this.entries = history.entries.map((entry, index) => ({ entry, index })).filter((e) => e.entry.date <= this.asOf);
    this.measures = [...history.measures]
      .filter((m) => m.date <= this.asOf)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    this.reassessAfter = history.reassessEvery ?? reassessEvery(history.visitsPerWeek);
    this.plateauKeys = plateauMeasures(history.goals, this.measures);
  }

  run(): Result<ProgressReport> {
    if (this.problems.length > 0) return fail(...this.problems);
    const dates = [
      ...new Set([...this.entries.map((e) => e.entry.date), ...this.measures.map((m) => m.date), this.asOf]),
    ].sort();
    let e = 0;
    for (const date of dates) {
      while (e < this.entries.length && this.entries[e]?.entry.date === date) {
        const item = this.entries[e];
        if (item) this.onEntry(item.entry, item.index);
        e++;
      }
      this.onDate(date);
    }
    if (this.problems.length > 0) return fail(...this.problems);
    const today = dayNumber(this.asOf);
    const goals = this.history.goals.map((g) => goalProgress(g, this.history.start, this.measures, this.asOf));
    const prescription = this.slots.map((s) => s.prescription);
    const adherenceFrom = Math.max(dayNumber(this.history.start), today - ADHERENCE_WINDOW_DAYS + 1);
    return ok({
      client: this.history.client ?? null,
      asOf: this.asOf,
      phase: this.phaseAt(this.asOf),
      events: this.events,
      prescription,
      deload:
        this.deloadUntil !== null && today <= this.deloadUntil
          ? { until: isoDay(this.deloadUntil), prescription: prescription.map(deloadPrescription) }
          : null,
      flare: this.flare ? { since: this.flare.since } : null,
      goals,
      adherence: { from: isoDay(adherenceFrom), to: this.asOf, ...this.adherence(adherenceFrom, today) },
      phaseExit: checkPhaseExit(this.exitFacts(this.asOf, this.goalsAt(this.asOf))),
    });
  }

  /** The client's gate, and never an exercise another slot already holds (one slot per exercise). */
  private readonly freeGate: ExerciseGate = (exercise) =>
    this.slots.some((s) => s.prescription.exercise === exercise.id)
      ? { allowed: false, why: 'it is already in the program' }
      : this.gate(exercise);

  private phaseAt(date: string): PhaseId {
    let phase = this.history.phases[0]?.phase ?? 'restore';
    for (const p of this.history.phases) if (p.start <= date) phase = p.phase;
    return phase;
  }

  private onEntry(entry: Entry, index: number): void {
    this.date = entry.date;
    this.judgeEntry(entry, index);
    // The day's logs belong to the prescription the client had; a swap applies from the next session.
    this.swapRuledOut(entry, index);
  }

  private judgeEntry(entry: Entry, index: number): void {
    const day = addEntry(this.days, entry);
    if (entry.source === 'visit') this.visitsSinceAssessment++;
    if (entry.source === 'home' && this.homeDays.at(-1) !== day.day) this.homeDays.push(day.day);
    const logged = this.matchLogs(entry, index);
    for (const { log } of logged) if (sessionDone(log)) this.doneDays.push(day.day);
    if (this.deloadUntil !== null && day.day > this.deloadUntil) this.deloadUntil = null;
    if (this.flare && entry.painAtRest !== undefined && entry.painAtRest < this.flare.threshold) this.flare = null;
    if (!this.flare) {
      const setback = detectFlare(this.days, this.history.baseline.painAtRest);
      if (setback) {
        this.flare = setback.flare;
        this.deloadUntil = null;
        this.restart(setback, entry, index);
        return;
      }
      if (this.deloadUntil === null) {
        const fatigue = detectFatigue(this.days, this.history.baseline);
        if (fatigue) {
          this.deloadUntil = day.day + DELOAD_DAYS - 1;
          this.episode(fatigue, entry.date, {
            kind: 'deload',
            until: isoDay(this.deloadUntil),
            prescription: this.slots.map((s) => deloadPrescription(s.prescription)),
          });
        }
      }
    }
    for (const { slot, log } of logged) this.judge(slot, log, entry, index, day.day);
  }

  /** Each log with the prescription slot it belongs to; a log naming no current exercise, or another unit, is a problem. */
  private matchLogs(entry: Entry, index: number): { slot: Slot; log: Entry['exercises'][number] }[] {
    const out: { slot: Slot; log: Entry['exercises'][number] }[] = [];
    entry.exercises.forEach((log, j) => {
      const path = `entries[${index}].exercises[${j}]`;
      const slot = this.slots.find((s) => s.prescription.exercise === log.exercise);
      if (!slot) {
        const current = this.slots.map((s) => s.prescription.exercise).join(', ');
        this.problems.push({
          path: `${path}.exercise`,
          message: `"${log.exercise}" is not in the prescription on ${entry.date} (prescribed then: ${current})`,
        });
      } else if (log.done && unitOf(log.done) !== unitOf(slot.prescription)) {
        const expected = unitOf(slot.prescription);
        this.problems.push({
          path: `${path}.done`,
          message: `${log.exercise} is prescribed in ${expected} on ${entry.date}, so "done" must give ${expected}`,
        });
      } else {
        out.push({ slot, log });
      }
    });
    return out;
  }

  private judge(slot: Slot, log: Entry['exercises'][number], entry: Entry, index: number, today: number): void {
    const deload = this.deloadUntil !== null;
    const base = slot.prescription;
    const active = deload ? deloadPrescription(base) : base;
    const morningThisWeek = mean(valuesIn(this.days, 'morning', today - 6, today + 1));
    // A step back already taken this week answers this week's rise; judge the trend again once it has had a week.
    const waiting = slot.lastChangeWasDown && today - slot.lastChange < MIN_DAYS_BETWEEN_CHANGES;
    const morningLastWeek = waiting ? null : mean(valuesIn(this.days, 'morning', today - 13, today - 6));
    const blocked = this.flare
      ? {
          ruleId: 'episode.flare_active',
          why: `Done well, but the flare since ${this.flare.since} has not settled; the dose rises again once pain at rest is back below ${this.flare.threshold}/10.`,
        }
      : deload
        ? {
            ruleId: 'episode.deload_active',
            why: `Done well; this is a deload week until ${isoDay(this.deloadUntil ?? today)}, so the dose rises again after it.`,
          }
        : null;
    const gap = slot.lastSession === null ? null : today - slot.lastSession;
    slot.lastSession = today;
    const { decision, qualifies } = judgeSession({
      prescription: active,
      log,
      restBefore: entry.painAtRest ?? this.history.baseline.painAtRest,
      morningThisWeek,
      morningLastWeek,
      qualifiedBefore: slot.qualified && gap !== null && gap <= maxGapDays(base.daysPerWeek),
      daysSinceChange: today - slot.lastChange,
      blocked,
    });
    slot.cleanRun = decision.decision === 'regress' || !qualifies ? 0 : slot.cleanRun + 1;
    slot.qualified = qualifies;
    let outcome: Decision<'progress' | 'hold' | 'regress'> = decision;
    let step: ExerciseDecision['step'] = null;
    let change: string | null = null;
    if (decision.decision !== 'hold') {
      const phase = this.phaseAt(entry.date);
      const next =
        decision.decision === 'regress'
          ? stepDown(base, phase, this.freeGate)
          : slot.rebuildTo
            ? rebuildStep(base, slot.rebuildTo)
            : stepUp(base, phase, this.freeGate);
      // A step back once the flare has passed means the earlier dose was too much after all; the final rebuild step ends it.
      if (
        (decision.decision === 'regress' && !this.flare) ||
        (next.kind === 'rebuild' && next.prescription === slot.rebuildTo)
      )
        slot.rebuildTo = null;
      if (next.kind === 'none') {
        outcome =
          decision.decision === 'progress'
            ? {
                ...decision,
                decision: 'hold',
                ruleId: 'progress.ceiling',
                rationale: `Ready for more, but ${next.why}; keep the dose and review the exercise choice.`,
              }
            : {
                ...decision,
                rationale: `${decision.rationale} No easier step is left: ${next.why}; review with the clinician.`,
              };
      } else {
        slot.prescription = next.prescription;
        slot.lastChange = today;
        slot.lastChangeWasDown = decision.decision === 'regress';
        slot.qualified = false;
        step = next.kind;
        change = next.change;
      }
    }
    this.events.push({
      scope: 'exercise',
      date: entry.date,
      entry: index,
      exercise: log.exercise,
      ...outcome,
      step,
      change,
      before: base,
      after: slot.prescription,
    });
  }

  /** A prescribed exercise the limits of this date rule out is swapped for an allowed one for the sessions to come. */
  private swapRuledOut(entry: Entry, index: number): void {
    const { safe } = this.gatesAt(entry.date);
    for (const slot of [...this.slots]) {
      const exercise = EXERCISES_BY_ID.get(slot.prescription.exercise);
      const check = exercise ? safe(exercise) : { allowed: true as const };
      if (check.allowed) continue;
      const before = slot.prescription;
      const swap = safeSwap(before, this.phaseAt(entry.date), this.freeGate);
      // With nothing allowed in its place the exercise is stopped: a ruled-out exercise is never prescribed.
      if (swap.kind === 'none') this.slots.splice(this.slots.indexOf(slot), 1);
      else {
        Object.assign(slot, {
          prescription: swap.prescription,
          qualified: false,
          cleanRun: 0,
          lastChange: dayNumber(entry.date),
          lastChangeWasDown: true,
        });
      }
      this.events.push({
        scope: 'exercise',
        date: entry.date,
        entry: index,
        exercise: before.exercise,
        decision: 'regress',
        ruleId: 'progress.safety_swap',
        rationale:
          swap.kind === 'none'
            ? `${exercise?.name ?? before.exercise} is now ruled out (${check.why}), and ${swap.why}: it is stopped; review the program with the clinician.`
            : `${exercise?.name ?? before.exercise} is now ruled out (${check.why}); ${swap.change} trains the same safely.`,
        inputs: { date: entry.date },
        step: swap.kind === 'none' ? null : swap.kind,
        change: swap.kind === 'none' ? null : swap.change,
        before,
        after: slot.prescription,
      });
    }
  }

  private restart(setback: Decision<'setback'>, entry: Entry, index: number): void {
    const today = dayNumber(entry.date);
    const before = this.slots.map((slot) => slot.prescription);
    for (const slot of this.slots) {
      Object.assign(slot, {
        prescription: restartPrescription(slot.prescription),
        rebuildTo: slot.prescription,
        qualified: false,
        cleanRun: 0,
        lastChange: today,
        lastChangeWasDown: true,
      });
    }
    this.episode(setback, entry.date, {
      kind: 'restart',
      phase: previousPhase(this.phaseAt(entry.date)),
      prescription: this.slots.map((s) => s.prescription),
      checkInBy: addDays(entry.date, CHECK_IN_DAYS),
      education: 'flare_up_plan',
    });
    this.slots.forEach((slot, i) => {
      const from = before[i] ?? slot.prescription;
      this.events.push({
        scope: 'exercise',
        date: entry.date,
        entry: index,
        exercise: from.exercise,
        decision: 'regress',
        ruleId: 'episode.setback_restart',
        rationale:
          'Restarted after a flare at about half the volume, with one step less resistance where there is any; once pain settles it builds back to the earlier dose over one to two weeks.',
        inputs: { since: setback.inputs.since },
        step: 'restart',
        change: describeChange(from, slot.prescription) || 'already at the lowest dose',
        before: from,
        after: slot.prescription,
      });
    });
  }

  private episode(decision: Decision<EpisodeDecision['decision']>, date: string, action: EpisodeAction): void {
    this.events.push({ scope: 'episode', date, ...decision, action });
  }

  /** Checks that look at the whole episode, once everything dated `date` is in. */
  private onDate(date: string): void {
    const today = dayNumber(date);
    const assessed = this.measures[this.measuredUpTo]?.date === date;
    if (assessed) {
      this.visitsSinceAssessment = 0;
      this.announced.delete('reassess');
      while (this.measuredUpTo < this.measures.length && (this.measures[this.measuredUpTo]?.date ?? '') <= date)
        this.measuredUpTo++;
      this.checkPlateau(date);
    }
    if (this.visitsSinceAssessment >= this.reassessAfter && !this.announced.has('reassess')) {
      this.announced.add('reassess');
      const measures = [
        ...new Set([...this.history.goals.map((g) => g.measure), ...this.measures.map((m) => m.measure)]),
      ];
      this.episode(
        {
          decision: 'reassess_due',
          ruleId: 'episode.reassess_due',
          rationale: `${this.visitsSinceAssessment} visits since the last re-assessment: re-assess every ${this.reassessAfter} visits (Medicare asks for a progress report at least every 10 treatment days).`,
          inputs: { visitsSince: this.visitsSinceAssessment, every: this.reassessAfter },
        },
        date,
        { kind: 'reassess', visitsSince: this.visitsSinceAssessment, measures },
      );
    }
    // Goals are worked out only where they matter: the load phase's exit criteria, and discharge after new scores.
    let goals: GoalStanding[] | undefined;
    const goalsNow = () => (goals ??= this.goalsAt(date));
    const phase = this.phaseAt(date);
    const phaseKey = `phase:${phase}:${this.history.phases.findLast((p) => p.start <= date)?.start ?? ''}`;
    if (!this.announced.has(phaseKey)) {
      const checks = checkPhaseExit(this.exitFacts(date, phase === 'load' ? goalsNow() : []));
      const ready = checks ? phaseReady(phase, checks) : null;
      if (ready && checks) {
        this.announced.add(phaseKey);
        this.episode(ready, date, { kind: 'advance', from: phase, to: ready.inputs.next as PhaseId, criteria: checks });
      }
    }
    if (
      assessed &&
      this.history.goals.length > 0 &&
      !this.announced.has('discharge') &&
      goalsNow().every((g) => g.decision === 'met')
    ) {
      const met = goalsNow();
      this.announced.add('discharge');
      this.episode(
        {
          decision: 'discharge_ready',
          ruleId: 'episode.discharge_ready',
          rationale: `Every goal is met (${met.map((g) => `${g.measure} ${g.latest?.value ?? ''} against ${g.target}`).join(', ')}): discharge to the maintenance program with follow-up check-ins.`,
          inputs: {
            goals: met.map((g) => ({ measure: g.measure, latest: g.latest?.value ?? null, target: g.target })),
          },
        },
        date,
        {
          kind: 'discharge',
          maintenance: maintenanceProgram(
            this.slots.map((s) => s.prescription),
            date,
          ),
        },
      );
    }
    this.checkAdherence(date, today);
  }

  /** Goal standings on a date, from the measures taken up to it (measures are in date order). */
  private goalsAt(date: string): GoalStanding[] {
    return this.history.goals.map((g) => goalStanding(g, this.history.start, this.measures, date));
  }

  private exitFacts(date: string, goals: GoalStanding[]) {
    const today = dayNumber(date);
    return {
      phase: this.phaseAt(date),
      days: this.days,
      today,
      controlled: this.slots.map((s) => ({ exercise: s.prescription.exercise, ok: s.cleanRun >= 2 })),
      goals,
      measures: this.measures.slice(0, this.measuredUpTo),
      homeDays14: this.homeDays.filter((d) => d > today - 14 && d <= today).length,
    };
  }

  /** Sessions prescribed and done between two day numbers (inclusive); dates are added for the report. */
  private adherence(from: number, to: number): Omit<Adherence, 'from' | 'to'> {
    let perWeek = 0;
    for (const s of this.slots) perWeek += s.prescription.daysPerWeek;
    const prescribed = Math.round(perWeek * ((to - from + 1) / 7));
    let done = 0;
    for (let i = this.doneDays.length - 1; i >= 0; i--) {
      const d = this.doneDays[i] ?? 0;
      if (d < from) break;
      if (d <= to) done++;
    }
    return { prescribed, done, ratio: prescribed === 0 ? null : Math.min(1, done / prescribed) };
  }

  private checkAdherence(date: string, today: number): void {
    const start = dayNumber(this.history.start);
    if (today - start + 1 < ADHERENCE_WINDOW_DAYS) return;
    if (this.lastAdherenceAlert !== null && today - this.lastAdherenceAlert < 7) return;
    const a = this.adherence(today - ADHERENCE_WINDOW_DAYS + 1, today);
    if (a.ratio === null || a.ratio >= ADHERENCE_CONFIRMED) return;
    this.lastAdherenceAlert = today;
    this.episode(
      {
        decision: 'adherence_low',
        ruleId: 'episode.adherence_low',
        rationale: `${a.done} of ${a.prescribed} prescribed exercise sessions were logged as done in the last two weeks (${Math.round(a.ratio * 100)} %); doses do not rise on missed sessions. Talk through what gets in the way.`,
        inputs: { from: isoDay(today - ADHERENCE_WINDOW_DAYS + 1), to: date, ...a, threshold: ADHERENCE_CONFIRMED },
      },
      date,
      {
        kind: 'talk',
        ratio: a.ratio,
        suggestions: [
          'Ask what gets in the way: time, pain, doubt about the exercises, or equipment.',
          'Shorten the program to the two or three exercises that matter most and tie them to a daily habit.',
        ],
      },
    );
  }

  private checkPlateau(date: string): void {
    const measures = this.measures.slice(0, this.measuredUpTo);
    const dates = measures.map((m) => m.date);
    const from = dayNumber(dates[0] ?? date);
    const plateau = detectPlateau(
      measures,
      this.plateauKeys,
      date,
      this.adherence(Math.max(from, dayNumber(this.history.start)), dayNumber(date)).ratio,
    );
    if (!plateau) return;
    const phase = this.phaseAt(date);
    this.episode(plateau, date, {
      kind: 'review',
      suggestions: [
        'Re-assess: look again at the findings, the working diagnosis and any red flags, and at sleep, stress and work load.',
        phase === 'load' || phase === 'maintain'
          ? 'Change the balance: a short hands-on block before the exercise that has stalled can open range or calm it enough to load it.'
          : 'Change the balance: shift visit time from hands-on work to active work, so the client does more of the moving.',
        'Add variety: swap an exercise for another that trains the same thing in a new way.',
      ],
      alternatives: this.alternatives(phase),
    });
  }

  /** Up to three swaps: the same category and region, sharing what it addresses, allowed for this client. */
  private alternatives(phase: PhaseId): Alternative[] {
    const prescribed = new Set(this.slots.map((s) => s.prescription.exercise));
    const out: Alternative[] = [];
    for (const slot of this.slots) {
      const current = EXERCISES_BY_ID.get(slot.prescription.exercise);
      if (!current || out.length >= 3) continue;
      let best: { exercise: Exercise; shared: number } | null = null;
      for (const candidate of EXERCISES) {
        if (
          prescribed.has(candidate.id) ||
          candidate.category !== current.category ||
          !candidate.phases.includes(phase)
        )
          continue;
        if (!candidate.regions.some((r) => current.regions.includes(r))) continue;
        const shared = candidate.addresses.filter((a) => current.addresses.includes(a)).length;
        if (shared === 0 || (best && shared <= best.shared) || !this.gate(candidate).allowed) continue;
        best = { exercise: candidate, shared };
      }
      if (best) {
        prescribed.add(best.exercise.id);
        out.push({ replace: current.id, with: best.exercise.id, name: best.exercise.name });
      }
    }
    return out;
  }
}

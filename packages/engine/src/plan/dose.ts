// How long a dose takes, and the exercise in a chain that suits a phase.
import type { Dose, Exercise, PhaseId } from '../knowledge/schema.ts';
import { EXERCISES_BY_ID } from '../knowledge/index.ts';
import { PHASE_ORDER } from './phases.ts';

/** Seconds per repetition when the dose gives no tempo. */
const DEFAULT_REP_SECONDS = 4;

/** Minutes a dose takes in one session, rounded up, at least one. Knowledge doses are fixed, so each is worked out once. */
export function doseMinutes(dose: Dose): number {
  let minutes = DOSE_MINUTES.get(dose);
  if (minutes === undefined) {
    minutes = computeDoseMinutes(dose);
    DOSE_MINUTES.set(dose, minutes);
  }
  return minutes;
}

const DOSE_MINUTES = new WeakMap<Dose, number>();

function computeDoseMinutes(dose: Dose): number {
  if (dose.minutes !== undefined) return Math.ceil(dose.sets * dose.minutes);
  const sides = dose.perSide ? 2 : 1;
  const rounds = dose.sets * sides;
  let perRound = dose.holdSeconds ?? 0;
  if (dose.reps !== undefined) {
    const tempo = dose.tempo ? dose.tempo.split('-').reduce((sum, s) => sum + Number(s), 0) : DEFAULT_REP_SECONDS;
    perRound = dose.reps * Math.max(tempo, 1);
  }
  const seconds = rounds * perRound + (rounds - 1) * dose.restSeconds;
  return Math.max(1, Math.ceil(seconds / 60));
}

const phaseIndex = (phase: PhaseId): number => PHASE_ORDER.indexOf(phase);

/**
 * The exercise along `start`'s chain that suits `phase`: itself if it does, else the nearest progression
 * (for a later phase) or regression (for an earlier one). Undefined when the chain has none.
 */
export function exerciseForPhase(start: Exercise, phase: PhaseId): Exercise | undefined {
  if (start.phases.includes(phase)) return start;
  const target = phaseIndex(phase);
  const latest = Math.max(...start.phases.map(phaseIndex));
  const step = target > latest ? 'progression' : 'regression';
  const seen = new Set<string>([start.id]);
  let current: Exercise | undefined = start;
  while (current) {
    const nextId: string | null = current[step];
    if (nextId === null || seen.has(nextId)) return undefined;
    seen.add(nextId);
    current = EXERCISES_BY_ID.get(nextId);
    if (current?.phases.includes(phase)) return current;
  }
  return undefined;
}

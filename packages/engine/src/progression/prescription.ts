// One step up or down a prescription: volume, then range, then resistance, then the next exercise in the chain.
import { EXERCISES_BY_ID } from '../knowledge/index.ts';
import { STAND_INS } from '../knowledge/stand-ins.ts';
import type { Dose, Exercise, PhaseId } from '../knowledge/schema.ts';
import { PHASE_ORDER } from '../plan/phases.ts';
import type { ExerciseCategory } from '../vocabulary/index.ts';
import { BAND_LEVELS, RANGE_LEVELS, setSize, unitOf, type Prescription, type Resistance } from './history.ts';

export type StepKind =
  'volume' | 'range' | 'resistance' | 'next_exercise' | 'previous_exercise' | 'rebuild' | 'safe_swap';

export interface Step {
  kind: StepKind;
  prescription: Prescription;
  /** What changed, in words, e.g. "reps 10 → 12". */
  change: string;
}

interface VolumeLimits {
  /** Reps to return to after resistance rises (double progression), and the top of the range. */
  repsStart: number;
  repsTop: number;
  maxSets: number;
  holdTop: number;
  maxHoldSets: number;
  minutesTop: number;
}

/**
 * Where volume stops rising and the next kind of step begins, by exercise category (docs/rules.md, progress.volume):
 * strength and functional 8–12 reps, 1–3 sets (ACSM 2009 novice); endurance 15–20 reps, ≤2 sets (ACSM 2011);
 * isometric holds up to 45 s (Rio 2015); activation and motor control 10 × 10-s holds (Richardson/Hodges);
 * mobility 1–2 × 10–15 reps and stretches held up to 30 s (ACSM 2011); aerobic work up to 30 min a session (ACSM 2011).
 * Self-massage, relaxation and balance caps are [P].
 */
export const VOLUME_LIMITS: Record<ExerciseCategory, VolumeLimits> = {
  strength: { repsStart: 8, repsTop: 12, maxSets: 3, holdTop: 45, maxHoldSets: 5, minutesTop: 10 },
  functional: { repsStart: 8, repsTop: 12, maxSets: 3, holdTop: 45, maxHoldSets: 5, minutesTop: 10 },
  endurance: { repsStart: 15, repsTop: 20, maxSets: 2, holdTop: 60, maxHoldSets: 10, minutesTop: 10 },
  activation: { repsStart: 10, repsTop: 15, maxSets: 3, holdTop: 10, maxHoldSets: 10, minutesTop: 10 },
  motor_control: { repsStart: 10, repsTop: 15, maxSets: 3, holdTop: 10, maxHoldSets: 10, minutesTop: 10 },
  mobility: { repsStart: 10, repsTop: 15, maxSets: 2, holdTop: 30, maxHoldSets: 4, minutesTop: 10 },
  proprioception: { repsStart: 8, repsTop: 12, maxSets: 3, holdTop: 30, maxHoldSets: 3, minutesTop: 10 },
  cardio: { repsStart: 10, repsTop: 15, maxSets: 1, holdTop: 60, maxHoldSets: 1, minutesTop: 30 },
  self_massage: { repsStart: 10, repsTop: 15, maxSets: 2, holdTop: 120, maxHoldSets: 2, minutesTop: 5 },
  relaxation: { repsStart: 5, repsTop: 10, maxSets: 3, holdTop: 60, maxHoldSets: 5, minutesTop: 15 },
};

/** Reps added per step (ACSM 2009: add load once 1–2 reps beyond the target are done). */
const REP_STEP = 2;
/** [P] Seconds added to a hold per step. */
const HOLD_STEP = 5;
/** Minutes rise 10 % a step (the 10 % rule, Buist 2008; >30 % in two weeks raised injury risk, Nielsen 2014). */
const MINUTES_FACTOR = 1.1;
/** Load rises 5 %, the middle of ACSM 2009's 2–10 %, and falls 10 % on a regression ([P]). */
const LOAD_UP = 1.05;
const LOAD_DOWN = 0.9;
/** [P] Floors below which volume does not go before the easier exercise in the chain takes over. */
const HOLD_FLOOR = 5;
const MINUTES_FLOOR = 2;

const exerciseOf = (p: Prescription): Exercise => {
  const exercise = EXERCISES_BY_ID.get(p.exercise);
  if (!exercise) throw new Error(`unknown exercise ${p.exercise}`); // parseHistory checked every id
  return exercise;
};
export const limitsFor = (p: Prescription): VolumeLimits => VOLUME_LIMITS[exerciseOf(p).category];

const halfKg = (kg: number, round: (x: number) => number) => round(kg * 2) / 2;
const halfMinute = (m: number) => Math.round(m * 2) / 2;

/** Timed work rises until the category's cap or the next exercise's starting minutes, whichever is first. */
function minutesTop(p: Prescription, l: VolumeLimits, phase: PhaseId): number {
  const nextId = exerciseOf(p).progression;
  const next = nextId === null ? undefined : EXERCISES_BY_ID.get(nextId);
  const nextMinutes = next ? doseFor(next, phase).minutes : undefined;
  return nextMinutes === undefined ? l.minutesTop : Math.min(l.minutesTop, nextMinutes);
}

function volumeUp(p: Prescription, l: VolumeLimits, phase: PhaseId): Step | null {
  const unit = unitOf(p);
  if (unit === 'minutes') {
    const minutes = p.minutes ?? 0;
    const top = minutesTop(p, l, phase);
    if (minutes >= top) return null;
    const next = Math.min(top, Math.max(minutes + 0.5, halfMinute(minutes * MINUTES_FACTOR)));
    return { kind: 'volume', prescription: { ...p, minutes: next }, change: `minutes ${minutes} → ${next}` };
  }
  const value = (unit === 'reps' ? p.reps : p.holdSeconds) ?? 0;
  const top = unit === 'reps' ? l.repsTop : l.holdTop;
  if (value < top) {
    const next = Math.min(top, value + (unit === 'reps' ? REP_STEP : HOLD_STEP));
    const label = unit === 'reps' ? 'reps' : 'hold (s)';
    return { kind: 'volume', prescription: { ...p, [unit]: next }, change: `${label} ${value} → ${next}` };
  }
  const maxSets = unit === 'reps' ? l.maxSets : l.maxHoldSets;
  if (p.sets < maxSets)
    return { kind: 'volume', prescription: { ...p, sets: p.sets + 1 }, change: `sets ${p.sets} → ${p.sets + 1}` };
  return null;
}

function rangeUp(p: Prescription): Step | null {
  if (p.range === undefined || p.range === 'full') return null;
  const next = RANGE_LEVELS[RANGE_LEVELS.indexOf(p.range) + 1] ?? 'full';
  return {
    kind: 'range',
    prescription: { ...p, range: next },
    change: `range ${rangeLabel(p.range)} → ${rangeLabel(next)}`,
  };
}

function resistanceUp(p: Prescription, l: VolumeLimits): Step | null {
  const r = p.resistance;
  let next: Resistance;
  if (r.kind === 'weight') next = { kind: 'weight', kg: Math.max(r.kg + 0.5, halfKg(r.kg * LOAD_UP, Math.ceil)) };
  else if (r.kind === 'band' && r.level !== 'extra_heavy')
    next = { kind: 'band', level: BAND_LEVELS[BAND_LEVELS.indexOf(r.level) + 1] ?? r.level };
  else return null;
  // Double progression: heavier load, back to the bottom of the rep range.
  const reps = p.reps !== undefined ? Math.min(p.reps, l.repsStart) : undefined;
  return {
    kind: 'resistance',
    prescription: { ...p, resistance: next, ...(reps !== undefined ? { reps } : {}) },
    change: `resistance ${resistanceLabel(r)} → ${resistanceLabel(next)}${reps !== undefined && reps !== p.reps ? `, reps back to ${reps}` : ''}`,
  };
}

/** The dose an exercise has for a phase, or for the phase nearest to it. */
export function doseFor(exercise: Exercise, phase: PhaseId): Dose {
  const own = exercise.dosage[phase];
  if (own) return own;
  const at = PHASE_ORDER.indexOf(phase);
  const nearest = [...exercise.phases].sort(
    (a, b) => Math.abs(PHASE_ORDER.indexOf(a) - at) - Math.abs(PHASE_ORDER.indexOf(b) - at),
  )[0];
  const dose = nearest ? exercise.dosage[nearest] : undefined;
  if (!dose) throw new Error(`exercise ${exercise.id} has no dose`); // the knowledge tests require one per phase
  return dose;
}

/** The starting resistance a knowledge dose describes in words ("8–16 kg kettlebell" → 8 kg, "medium band"). */
export function resistanceFromDose(dose: Dose): Resistance {
  const text = dose.load ?? '';
  const kg = /(\d+(?:\.\d+)?)(?:\s*–\s*\d+(?:\.\d+)?)?\s*kg/.exec(text);
  if (kg?.[1]) return { kind: 'weight', kg: Number(kg[1]) };
  const band = /\b(light|medium|heavy)\b[^,;]*band/.exec(text);
  if (band?.[1]) return { kind: 'band', level: band[1] as 'light' | 'medium' | 'heavy' };
  return { kind: 'bodyweight' };
}

/** A prescription for another exercise of the chain, at its dose for the phase, keeping the client's schedule. */
export function prescriptionFor(exercise: Exercise, phase: PhaseId, from: Prescription): Prescription {
  const dose = doseFor(exercise, phase);
  return {
    exercise: exercise.id,
    sets: dose.sets,
    ...setSize(dose),
    resistance: resistanceFromDose(dose),
    perSide: dose.perSide,
    ...(from.range !== undefined ? { range: 'most' as const } : {}),
    painCeiling: from.painCeiling,
    daysPerWeek: from.daysPerWeek,
  };
}

/** Whether the client may do an exercise (screening limits, equipment); decided by the caller, which knows the case. */
export type ExerciseGate = (exercise: Exercise) => { allowed: true } | { allowed: false; why: string };

export type StepUp = Step | { kind: 'none'; why: string };

/** The next step up, in order volume → range → resistance → next exercise; `none` at the top or when the next is barred. */
export function stepUp(p: Prescription, phase: PhaseId, gate: ExerciseGate): StepUp {
  const l = limitsFor(p);
  const step = volumeUp(p, l, phase) ?? rangeUp(p) ?? resistanceUp(p, l);
  if (step) return step;
  const nextId = exerciseOf(p).progression;
  const next = nextId === null ? undefined : EXERCISES_BY_ID.get(nextId);
  if (!next)
    return {
      kind: 'none',
      why: `${exerciseOf(p).name} is at the top of its progression and its dose is at the ceiling`,
    };
  const allowed = gate(next);
  if (!allowed.allowed)
    return { kind: 'none', why: `the next exercise, ${next.name}, is not for this client: ${allowed.why}` };
  return {
    kind: 'next_exercise',
    prescription: prescriptionFor(next, phase, p),
    change: `${exerciseOf(p).name} → ${next.name}`,
  };
}

function resistanceDown(p: Prescription): Step | null {
  const r = p.resistance;
  let next: Resistance;
  if (r.kind === 'weight') {
    const kg = Math.min(r.kg - 0.5, halfKg(r.kg * LOAD_DOWN, Math.floor));
    next = kg >= 0.5 ? { kind: 'weight', kg } : { kind: 'bodyweight' };
  } else if (r.kind === 'band') {
    const level = BAND_LEVELS[BAND_LEVELS.indexOf(r.level) - 1];
    next = level ? { kind: 'band', level } : { kind: 'bodyweight' };
  } else return null;
  return {
    kind: 'resistance',
    prescription: { ...p, resistance: next },
    change: `resistance ${resistanceLabel(r)} → ${resistanceLabel(next)}`,
  };
}

function rangeDown(p: Prescription): Step | null {
  if (p.range === undefined || p.range === 'partial') return null;
  const next = RANGE_LEVELS[RANGE_LEVELS.indexOf(p.range) - 1] ?? 'partial';
  return {
    kind: 'range',
    prescription: { ...p, range: next },
    change: `range ${rangeLabel(p.range)} → ${rangeLabel(next)}`,
  };
}

function volumeDown(p: Prescription, l: VolumeLimits): Step | null {
  if (p.sets > 1)
    return { kind: 'volume', prescription: { ...p, sets: p.sets - 1 }, change: `sets ${p.sets} → ${p.sets - 1}` };
  const unit = unitOf(p);
  if (unit === 'minutes') {
    const minutes = p.minutes ?? 0;
    const next = Math.max(MINUTES_FLOOR, Math.min(minutes - 0.5, halfMinute(minutes / MINUTES_FACTOR)));
    return next < minutes
      ? { kind: 'volume', prescription: { ...p, minutes: next }, change: `minutes ${minutes} → ${next}` }
      : null;
  }
  const value = (unit === 'reps' ? p.reps : p.holdSeconds) ?? 0;
  const floor = unit === 'reps' ? Math.ceil(l.repsStart / 2) : HOLD_FLOOR;
  const next = Math.max(floor, value - (unit === 'reps' ? REP_STEP : HOLD_STEP));
  if (next >= value) return null;
  return {
    kind: 'volume',
    prescription: { ...p, [unit]: next },
    change: `${unit === 'reps' ? 'reps' : 'hold (s)'} ${value} → ${next}`,
  };
}

/** The easier exercise's resistance never exceeds the current one where the two can be compared. */
function capResistance(next: Resistance, current: Resistance): Resistance {
  if (current.kind === 'bodyweight') return current;
  if (next.kind === 'weight' && current.kind === 'weight') return next.kg <= current.kg ? next : current;
  if (next.kind === 'band' && current.kind === 'band')
    return BAND_LEVELS.indexOf(next.level) <= BAND_LEVELS.indexOf(current.level) ? next : current;
  return next;
}

export type StepDown = Step | { kind: 'none'; why: string };

/** One step down, undoing progression in reverse: resistance, then range, then volume, then the easier exercise. */
export function stepDown(p: Prescription, phase: PhaseId, gate: ExerciseGate): StepDown {
  const step = resistanceDown(p) ?? rangeDown(p) ?? volumeDown(p, limitsFor(p));
  if (step) return step;
  const previousId = exerciseOf(p).regression;
  const previous = previousId === null ? undefined : EXERCISES_BY_ID.get(previousId);
  if (!previous)
    return { kind: 'none', why: `${exerciseOf(p).name} is already the easiest version at its lowest dose` };
  const allowed = gate(previous);
  if (!allowed.allowed)
    return { kind: 'none', why: `the easier exercise, ${previous.name}, is not for this client: ${allowed.why}` };
  const next = prescriptionFor(previous, phase, p);
  return {
    kind: 'previous_exercise',
    prescription: { ...next, resistance: capResistance(next.resistance, p.resistance) },
    change: `${exerciseOf(p).name} → ${previous.name}`,
  };
}

/**
 * When screening comes to rule the prescribed exercise out (pregnancy moving past 20 weeks, say): its first allowed
 * alternative, else the first allowed easier exercise down its chain, at this phase's dose (`progress.safety_swap`).
 */
export function safeSwap(p: Prescription, phase: PhaseId, gate: ExerciseGate): StepDown {
  const current = exerciseOf(p);
  for (const id of STAND_INS.get(current.id) ?? []) {
    const option = EXERCISES_BY_ID.get(id);
    if (!option || !gate(option).allowed) continue;
    const next = prescriptionFor(option, phase, p);
    return {
      kind: 'safe_swap',
      prescription: { ...next, resistance: capResistance(next.resistance, p.resistance) },
      change: `${current.name} → ${option.name}`,
    };
  }
  return { kind: 'none', why: `no alternative to ${current.name} is allowed for this client` };
}

/** Scales the volume of a prescription: sets when there are several, otherwise the size of each set. */
export function scaleVolume(p: Prescription, factor: number): Prescription {
  if (p.sets > 1) return { ...p, sets: Math.max(1, Math.round(p.sets * factor)) };
  if (p.reps !== undefined) return { ...p, reps: Math.max(1, Math.round(p.reps * factor)) };
  if (p.holdSeconds !== undefined)
    return { ...p, holdSeconds: Math.max(HOLD_FLOOR, Math.round(p.holdSeconds * factor)) };
  return { ...p, minutes: Math.max(1, halfMinute((p.minutes ?? 1) * factor)) };
}

/** After a flare: half the volume and one step less resistance (PHASES.maintain flare rule; docs/rules.md episode.setback). */
export const restartPrescription = (p: Prescription): Prescription => {
  const halved = scaleVolume(p, 0.5);
  return resistanceDown(halved)?.prescription ?? halved;
};

/**
 * Building back after a flare restart (PHASES.maintain: over one to two weeks): the first rise goes to three quarters
 * of the earlier volume at its resistance, the next to the earlier dose itself.
 */
export function rebuildStep(current: Prescription, earlier: Prescription): Step {
  const threeQuarters = scaleVolume(earlier, 0.75);
  const next =
    volumeOf(threeQuarters) > volumeOf(current) && current.exercise === earlier.exercise ? threeQuarters : earlier;
  const share = next === earlier ? 'the dose' : 'three quarters of the dose';
  return {
    kind: 'rebuild',
    prescription: next,
    change: `back to ${share} before the flare: ${describeChange(current, next) || 'no change'}`,
  };
}

/** What differs between two prescriptions, in words ("sets 3 → 2, 10 kg → 9 kg"); empty when nothing does. */
export function describeChange(before: Prescription, after: Prescription): string {
  if (before.exercise !== after.exercise) return `${exerciseOf(before).name} → ${exerciseOf(after).name}`;
  const parts: string[] = [];
  if (before.sets !== after.sets) parts.push(`sets ${before.sets} → ${after.sets}`);
  for (const [unit, label] of [
    ['reps', 'reps'],
    ['holdSeconds', 'hold (s)'],
    ['minutes', 'minutes'],
  ] as const) {
    if (before[unit] !== after[unit]) parts.push(`${label} ${before[unit] ?? '-'} → ${after[unit] ?? '-'}`);
  }
  if (resistanceLabel(before.resistance) !== resistanceLabel(after.resistance))
    parts.push(`resistance ${resistanceLabel(before.resistance)} → ${resistanceLabel(after.resistance)}`);
  if (before.range !== after.range) parts.push(`range ${rangeLabel(before.range)} → ${rangeLabel(after.range)}`);
  return parts.join(', ');
}

const volumeOf = (p: Prescription): number => p.sets * (p.reps ?? p.holdSeconds ?? p.minutes ?? 0);

/** A deload week: about 40 % less volume at the same resistance (docs/rules.md episode.fatigue). */
export const deloadPrescription = (p: Prescription): Prescription => scaleVolume(p, 0.6);

/** Resistance as one number for comparing prescriptions of the same kind: kg, band level, 0 for bodyweight. */
export function loadRank(r: Resistance): number {
  return r.kind === 'bodyweight' ? 0 : r.kind === 'band' ? BAND_LEVELS.indexOf(r.level) + 1 : r.kg;
}

export const rangeLabel = (range: Prescription['range']): string =>
  range === undefined
    ? 'as described'
    : range === 'partial'
      ? 'partial range'
      : range === 'most'
        ? 'most of the range'
        : 'full range';

export const resistanceLabel = (r: Resistance): string =>
  r.kind === 'bodyweight' ? 'bodyweight' : r.kind === 'weight' ? `${r.kg} kg` : `${r.level.replace('_', ' ')} band`;

/** "3 × 12 reps, 8.5 kg, most of the range; pain up to 5/10; 3 days a week". */
export function describePrescription(p: Prescription): string {
  const name = exerciseOf(p).name;
  const size =
    p.reps !== undefined
      ? `${p.reps} reps`
      : p.holdSeconds !== undefined
        ? `${p.holdSeconds} s hold`
        : `${p.minutes ?? 0} min`;
  const range = p.range === undefined ? '' : `, ${rangeLabel(p.range)}`;
  return `${name}: ${p.sets} × ${size}${p.perSide ? ' each side' : ''}, ${resistanceLabel(p.resistance)}${range}; pain up to ${p.painCeiling}/10; ${p.daysPerWeek} day${p.daysPerWeek === 1 ? '' : 's'} a week`;
}

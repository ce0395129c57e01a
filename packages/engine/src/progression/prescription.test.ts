import { describe, expect, it } from 'vitest';
import { EXERCISES } from '../knowledge/index.ts';
import type { Prescription } from './history.ts';
import {
  deloadPrescription,
  describePrescription,
  prescriptionFor,
  resistanceFromDose,
  restartPrescription,
  stepDown,
  stepUp,
  type ExerciseGate,
} from './prescription.ts';

const open: ExerciseGate = () => ({ allowed: true });
const closed: ExerciseGate = () => ({ allowed: false, why: 'a precaution rules it out' });
const rx = (p: Partial<Prescription> & Pick<Prescription, 'exercise'>): Prescription => ({
  sets: 2,
  reps: 10,
  resistance: { kind: 'bodyweight' },
  painCeiling: 5,
  daysPerWeek: 3,
  ...p,
});

describe('stepUp: volume, then range, then resistance, then the next exercise', () => {
  it.each<[string, string, Prescription, Partial<Prescription>]>([
    ['reps below the top (activation 10–15)', 'volume', rx({ exercise: 'glute_bridge', reps: 10 }), { reps: 12 }],
    ['reps one short of the top', 'volume', rx({ exercise: 'glute_bridge', reps: 14 }), { reps: 15 }],
    [
      'reps at the top, sets below 3',
      'volume',
      rx({ exercise: 'glute_bridge', reps: 15, sets: 2 }),
      { sets: 3, reps: 15 },
    ],
    [
      'volume full, range short',
      'range',
      rx({ exercise: 'glute_bridge', reps: 15, sets: 3, range: 'partial' }),
      { range: 'most' },
    ],
    [
      'volume full, most of the range',
      'range',
      rx({ exercise: 'glute_bridge', reps: 15, sets: 3, range: 'most' }),
      { range: 'full' },
    ],
    [
      'strength at 12 reps × 3 with a weight: +5 %, back to 8 reps',
      'resistance',
      rx({ exercise: 'goblet_squat', reps: 12, sets: 3, resistance: { kind: 'weight', kg: 8 } }),
      { reps: 8, resistance: { kind: 'weight', kg: 8.5 } },
    ],
    [
      'a heavier weight rounds up to half a kilo',
      'resistance',
      rx({ exercise: 'goblet_squat', reps: 12, sets: 3, resistance: { kind: 'weight', kg: 20 } }),
      { resistance: { kind: 'weight', kg: 21 } },
    ],
    [
      'band: the next colour',
      'resistance',
      rx({ exercise: 'goblet_squat', reps: 12, sets: 3, resistance: { kind: 'band', level: 'light' } }),
      { reps: 8, resistance: { kind: 'band', level: 'medium' } },
    ],
    [
      'bodyweight at the ceiling: the next exercise at its dose',
      'next_exercise',
      rx({ exercise: 'glute_bridge', reps: 15, sets: 3, range: 'full' }),
      { exercise: 'glute_bridge_march', sets: 3, reps: 8, perSide: true, range: 'most' },
    ],
    [
      'walking: +10 % a step',
      'volume',
      rx({ exercise: 'walking_10_min', sets: 1, reps: undefined, minutes: 10 }),
      { minutes: 11 },
    ],
    [
      "walking: capped at the next exercise's minutes",
      'volume',
      rx({ exercise: 'walking_10_min', sets: 1, reps: undefined, minutes: 19 }),
      { minutes: 20 },
    ],
    [
      "walking at the next exercise's minutes: the next exercise",
      'next_exercise',
      rx({ exercise: 'walking_10_min', sets: 1, reps: undefined, minutes: 20 }),
      { exercise: 'walking_20_min', minutes: 20 },
    ],
    [
      'hold below the top (strength isometric 45 s)',
      'volume',
      rx({ exercise: 'goblet_squat', reps: undefined, holdSeconds: 30 }),
      { holdSeconds: 35 },
    ],
  ])('%s → %s', (_, kind, from, expected) => {
    const step = stepUp(from, 'load', open);
    expect(step.kind).toBe(kind);
    if (step.kind === 'none') return;
    expect(step.prescription).toMatchObject(expected);
    expect(step.change.length).toBeGreaterThan(3);
  });

  it('stops at the top of a chain, and where the next exercise is barred', () => {
    const top = stepUp(rx({ exercise: 'sit_to_stand', reps: 12, sets: 3 }), 'load', open);
    const barred = stepUp(rx({ exercise: 'glute_bridge', reps: 15, sets: 3 }), 'load', closed);
    expect(top.kind === 'none' && top.why).toMatch(/top of its progression/);
    expect(barred.kind === 'none' && barred.why).toMatch(/precaution/);
  });

  it('keeps the pain ceiling and the schedule on a new exercise', () => {
    const step = stepUp(
      rx({ exercise: 'glute_bridge', reps: 15, sets: 3, painCeiling: 3, daysPerWeek: 4 }),
      'load',
      open,
    );
    expect(step).toMatchObject({ prescription: { painCeiling: 3, daysPerWeek: 4 } });
  });
});

describe('stepDown: resistance, then range, then volume, then the easier exercise', () => {
  it.each<[string, string, Prescription, Partial<Prescription>]>([
    [
      'weight: −10 %, rounded down to half a kilo',
      'resistance',
      rx({ exercise: 'goblet_squat', resistance: { kind: 'weight', kg: 12 } }),
      { resistance: { kind: 'weight', kg: 10.5 } },
    ],
    [
      'a light weight goes at least half a kilo',
      'resistance',
      rx({ exercise: 'goblet_squat', resistance: { kind: 'weight', kg: 2 } }),
      { resistance: { kind: 'weight', kg: 1.5 } },
    ],
    [
      'the last half kilo: bodyweight',
      'resistance',
      rx({ exercise: 'goblet_squat', resistance: { kind: 'weight', kg: 0.5 } }),
      { resistance: { kind: 'bodyweight' } },
    ],
    [
      'band: the lighter colour',
      'resistance',
      rx({ exercise: 'goblet_squat', resistance: { kind: 'band', level: 'medium' } }),
      { resistance: { kind: 'band', level: 'light' } },
    ],
    [
      'lightest band: bodyweight',
      'resistance',
      rx({ exercise: 'goblet_squat', resistance: { kind: 'band', level: 'extra_light' } }),
      { resistance: { kind: 'bodyweight' } },
    ],
    ['bodyweight, full range', 'range', rx({ exercise: 'glute_bridge', range: 'full' }), { range: 'most' }],
    ['partial range: a set fewer', 'volume', rx({ exercise: 'glute_bridge', range: 'partial', sets: 3 }), { sets: 2 }],
    ['one set: fewer reps', 'volume', rx({ exercise: 'glute_bridge', sets: 1, reps: 10 }), { reps: 8 }],
    [
      'reps at the floor (half the start): the easier exercise',
      'previous_exercise',
      rx({ exercise: 'glute_bridge_march', sets: 1, reps: 4 }),
      { exercise: 'glute_bridge' },
    ],
    [
      'walking: minutes down',
      'volume',
      rx({ exercise: 'walking_20_min', sets: 1, reps: undefined, minutes: 20 }),
      { minutes: 18 },
    ],
    [
      'walking at its floor: the shorter walk',
      'previous_exercise',
      rx({ exercise: 'walking_20_min', sets: 1, reps: undefined, minutes: 2 }),
      { exercise: 'walking_10_min' },
    ],
  ])('%s → %s', (_, kind, from, expected) => {
    const step = stepDown(from, 'load', open);
    expect(step.kind).toBe(kind);
    if (step.kind !== 'none') expect(step.prescription).toMatchObject(expected);
  });

  it('has nowhere to go at the easiest exercise and lowest dose', () => {
    expect(stepDown(rx({ exercise: 'mini_squat', sets: 1, reps: 4 }), 'restore', open)).toMatchObject({ kind: 'none' });
  });

  it('never gives the easier exercise more resistance than the current one', () => {
    const step = stepDown(rx({ exercise: 'goblet_squat', sets: 1, reps: 4 }), 'load', open);
    expect(step).toMatchObject({
      kind: 'previous_exercise',
      prescription: { exercise: 'bodyweight_squat', resistance: { kind: 'bodyweight' } },
    });
  });
});

describe('restart, deload and dose text', () => {
  it('restarts at half the volume with one step less resistance', () => {
    expect(
      restartPrescription(rx({ exercise: 'goblet_squat', sets: 3, resistance: { kind: 'weight', kg: 10 } })),
    ).toMatchObject({ sets: 2, resistance: { kind: 'weight', kg: 9 } });
    expect(
      restartPrescription(rx({ exercise: 'walking_20_min', sets: 1, reps: undefined, minutes: 30 })),
    ).toMatchObject({ minutes: 15 });
  });
  it('deloads about 40 % of the volume at the same resistance', () => {
    expect(
      deloadPrescription(rx({ exercise: 'goblet_squat', sets: 3, resistance: { kind: 'weight', kg: 10 } })),
    ).toMatchObject({ sets: 2, resistance: { kind: 'weight', kg: 10 } });
    expect(deloadPrescription(rx({ exercise: 'glute_bridge', sets: 1, reps: 10 }))).toMatchObject({ sets: 1, reps: 6 });
  });
  it.each([
    ['8–16 kg kettlebell (or a loaded bag) in one hand', { kind: 'weight', kg: 8 }],
    ['1–3 kg ankle weight or a light band', { kind: 'weight', kg: 1 }],
    ['medium to heavy band', { kind: 'band', level: 'medium' }],
    ['light loop band', { kind: 'band', level: 'light' }],
    ['bodyweight, then a light ankle weight', { kind: 'bodyweight' }],
    [undefined, { kind: 'bodyweight' }],
  ])('reads "%s" as a starting resistance', (load, expected) => {
    expect(
      resistanceFromDose({
        sets: 1,
        reps: 10,
        restSeconds: 0,
        daysPerWeek: 3,
        perSide: false,
        ...(load ? { load } : {}),
      }),
    ).toEqual(expected);
  });
  it('describes a prescription in words', () => {
    expect(
      describePrescription(
        rx({ exercise: 'goblet_squat', sets: 3, reps: 12, resistance: { kind: 'weight', kg: 8.5 }, range: 'most' }),
      ),
    ).toBe('Goblet squat: 3 × 12 reps, 8.5 kg, most of the range; pain up to 5/10; 3 days a week');
  });
});

describe('every exercise in the knowledge base, in every phase it has', () => {
  const ORDER = ['volume', 'range', 'resistance'];
  it.each(EXERCISES.flatMap((e) => e.phases.map((phase) => [e.id, phase] as const)))(
    '%s (%s) climbs in order and steps back down to the floor',
    (id, phase) => {
      const exercise = EXERCISES.find((e) => e.id === id);
      if (!exercise) throw new Error(id);
      const start = prescriptionFor(exercise, phase, rx({ exercise: id, range: 'partial' }));
      let p = start;
      let last = 0;
      for (let i = 0; i < 30; i++) {
        const step = stepUp(p, phase, open);
        if (step.kind === 'none' || step.kind === 'next_exercise') break;
        const rank = ORDER.indexOf(step.kind);
        // Volume may start again after resistance rises (double progression); range never comes after resistance.
        expect(rank >= last || (step.kind === 'volume' && last === 2)).toBe(true);
        last = rank;
        p = step.prescription;
      }
      for (let i = 0; i < 200; i++) {
        const step = stepDown(p, phase, open);
        if (step.kind === 'none' || step.kind === 'previous_exercise') return;
        p = step.prescription;
      }
      throw new Error(`${id} never reached the bottom of its dose`);
    },
  );
});

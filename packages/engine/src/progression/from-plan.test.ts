import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../case-file.ts';
import { EXERCISES } from '../knowledge/index.ts';
import type { Dose } from '../knowledge/schema.ts';
import { generatePlan } from '../plan/generate-plan.ts';
import { homePrescriptions, prescriptionFromDose } from './from-plan.ts';
import { PAIN_CEILING, ZPrescription, unitOf } from './history.ts';
import { resistanceFromDose } from './prescription.ts';

const planFor = (name: string) => {
  const parsed = parseCaseFile(
    JSON.parse(readFileSync(new URL(`../../../../examples/cases/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return generatePlan(parsed.value, { asOf: '2026-11-23' });
};
const dose = (d: Partial<Dose>): Dose => ({ sets: 3, restSeconds: 60, daysPerWeek: 3, perSide: false, ...d });

describe('prescriptionFromDose', () => {
  it.each<[string, Dose, object]>([
    [
      'a weight range starts at its lower end',
      dose({ reps: 10, load: '8–16 kg kettlebell' }),
      { exercise: 'x', sets: 3, reps: 10, resistance: { kind: 'weight', kg: 8 }, painCeiling: 5, daysPerWeek: 3 },
    ],
    [
      'a band by its colour',
      dose({ reps: 12, load: 'light band', perSide: true }),
      {
        exercise: 'x',
        sets: 3,
        reps: 12,
        resistance: { kind: 'band', level: 'light' },
        painCeiling: 5,
        daysPerWeek: 3,
        perSide: true,
      },
    ],
    [
      'a hold, bodyweight',
      dose({ sets: 5, holdSeconds: 10, daysPerWeek: 7 }),
      { exercise: 'x', sets: 5, holdSeconds: 10, resistance: { kind: 'bodyweight' }, painCeiling: 5, daysPerWeek: 7 },
    ],
    [
      'timed work',
      dose({ sets: 1, minutes: 20, load: 'bodyweight', daysPerWeek: 5 }),
      { exercise: 'x', sets: 1, minutes: 20, resistance: { kind: 'bodyweight' }, painCeiling: 5, daysPerWeek: 5 },
    ],
  ])('%s', (_, d, expected) => {
    expect(prescriptionFromDose('x', d)).toStrictEqual(expected);
  });

  it("agrees with the engine's dose reading for every dose of every exercise in the knowledge base", () => {
    for (const exercise of EXERCISES) {
      for (const [phase, d] of Object.entries(exercise.dosage)) {
        const p = prescriptionFromDose(exercise.id, d);
        const at = `${exercise.id} (${phase})`;
        expect(p.resistance, at).toEqual(resistanceFromDose(d));
        expect(unitOf(p), at).toBe(unitOf(d));
        expect(p[unitOf(p)], at).toBe(d[unitOf(d)]);
        expect([p.sets, p.daysPerWeek, p.perSide ?? false, p.painCeiling], at).toEqual([
          d.sets,
          d.daysPerWeek,
          d.perSide,
          PAIN_CEILING,
        ]);
        expect(ZPrescription.parse(p), at).toEqual(p);
      }
    }
  });
});

describe('homePrescriptions', () => {
  it("gives one prescription per home-program exercise, in the program's order, at its dose", () => {
    const plan = planFor('knee-runner');
    const items = plan.homeProgram?.exercises ?? [];
    expect(items.length).toBeGreaterThan(0);
    expect(homePrescriptions(plan)).toEqual(items.map((item) => prescriptionFromDose(item.exercise, item.dosage)));
  });

  it('is empty for a plan without a home program (refer first)', () => {
    const plan = planFor('thoracic-night-pain-urgent-referral');
    expect(plan.homeProgram).toBeNull();
    expect(homePrescriptions(plan)).toEqual([]);
  });
});

// A plan's home program as the prescriptions the progression engine adjusts and the home log is compared with.
import type { Dose } from '../knowledge/schema.ts';
import type { Plan } from '../plan/types.ts';
import { PAIN_CEILING, setSize, type Prescription } from './history.ts';
import { resistanceFromDose } from './prescription.ts';

/** An exercise at a knowledge-base dose as a prescription: its set size, the resistance its load names, the default pain ceiling. */
export function prescriptionFromDose(exercise: string, dose: Dose): Prescription {
  return {
    exercise,
    sets: dose.sets,
    ...setSize(dose),
    resistance: resistanceFromDose(dose),
    painCeiling: PAIN_CEILING,
    daysPerWeek: dose.daysPerWeek,
    ...(dose.perSide ? { perSide: true } : {}),
  };
}

/** One prescription per home-program exercise, at the plan's dose; [] when the plan has no home program. */
export const homePrescriptions = (plan: Pick<Plan, 'homeProgram'>): Prescription[] =>
  (plan.homeProgram?.exercises ?? []).map((item) => prescriptionFromDose(item.exercise, item.dosage));

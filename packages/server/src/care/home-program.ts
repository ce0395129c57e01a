// The home program of a plan as the prescriptions the progression engine adjusts and the home log is compared with.
import type { Plan, Prescription, Resistance } from '@tandem/engine';

/** Pain allowed during and after exercise (Silbernagel 2007 pain-monitoring model; the engine's default). */
export const DEFAULT_PAIN_CEILING = 5;

/**
 * The starting resistance a knowledge-base dose names in words ("0.5–1 kg" → 0.5 kg, "light band"); bodyweight
 * otherwise. Mirrors the engine's reading of doses, which it does not export.
 */
export function resistanceFromLoad(load: string | undefined): Resistance {
  const text = load ?? '';
  const kg = /(\d+(?:\.\d+)?)(?:\s*–\s*\d+(?:\.\d+)?)?\s*kg/.exec(text);
  if (kg?.[1]) return { kind: 'weight', kg: Number(kg[1]) };
  const band = /\b(light|medium|heavy)\b[^,;]*band/.exec(text);
  if (band?.[1]) return { kind: 'band', level: band[1] as 'light' | 'medium' | 'heavy' };
  return { kind: 'bodyweight' };
}

/** One prescription per home-program exercise, at the plan's dose; [] when the plan has no home program. */
export function homePrescriptions(plan: Plan): Prescription[] {
  return (plan.homeProgram?.exercises ?? []).map((item) => {
    const d = item.dosage;
    const unit = d.reps !== undefined ? { reps: d.reps } : d.holdSeconds !== undefined ? { holdSeconds: d.holdSeconds } : { minutes: d.minutes ?? 1 };
    return {
      exercise: item.exercise,
      sets: d.sets,
      ...unit,
      resistance: resistanceFromLoad(d.load),
      painCeiling: DEFAULT_PAIN_CEILING,
      daysPerWeek: d.daysPerWeek,
      ...(d.perSide ? { perSide: true } : {}),
    };
  });
}

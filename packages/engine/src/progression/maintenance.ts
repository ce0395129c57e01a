// The maintenance program a client is discharged to: fewer sessions at the same effort, plus follow-up check-ins.
import { addDays } from '../dates.ts';
import { EXERCISES_BY_ID } from '../knowledge/index.ts';
import { MAINTENANCE_VISITS_PER_WEEK, MAINTENANCE_WEEKS } from '../plan/phases.ts';
import type { ExerciseCategory } from '../vocabulary/index.ts';
import type { Prescription } from './history.ts';

const LOADED: ReadonlySet<ExerciseCategory> = new Set(['strength', 'endurance', 'functional']);

export interface MaintenanceProgram {
  exercises: Prescription[];
  /** Follow-up check-ins (PHASES.maintain: one every four weeks for twelve weeks). */
  checkIns: string[];
  advice: string[];
}

/**
 * Loaded work twice a week at the same resistance with half the sets (strength is kept with less volume when
 * intensity is kept: ACSM 2011; Spiering 2021); mobility and control three days a week; aerobic activity five days
 * a week (ACSM 2011: 150 min a week).
 */
export function maintenanceProgram(current: readonly Prescription[], from: string): MaintenanceProgram {
  const exercises = current.map((p): Prescription => {
    const category = EXERCISES_BY_ID.get(p.exercise)?.category;
    if (category === 'cardio') return { ...p, daysPerWeek: Math.max(p.daysPerWeek, 5) };
    if (category && LOADED.has(category))
      return { ...p, sets: Math.max(1, Math.ceil(p.sets / 2)), daysPerWeek: Math.min(p.daysPerWeek, 2) };
    return { ...p, daysPerWeek: Math.min(p.daysPerWeek, 3) };
  });
  const every = Math.round(1 / MAINTENANCE_VISITS_PER_WEEK) * 7;
  const checkIns: string[] = [];
  for (let day = every; day <= MAINTENANCE_WEEKS * 7; day += every) checkIns.push(addDays(from, day));
  return {
    exercises,
    checkIns,
    advice: [
      'Keep the strength exercises on two days a week at the same resistance; they protect what you have built.',
      'Stay active on most days: walking, cycling or whatever you enjoy, building towards 150 minutes a week.',
      'If pain flares, use your flare-up plan: ease off for a day or two, then restart at half the dose and build back over one to two weeks.',
    ],
  };
}

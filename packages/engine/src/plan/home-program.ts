// The home program: a week of short sessions that fit the client's minutes and equipment, varied by day.
import type { PhaseId } from '../knowledge/schema.ts';
import type { ExerciseCategory } from '../vocabulary/index.ts';
import type { RankedExercise } from './select.ts';
import type { ExerciseItem, HomeDay, HomeProgram } from './types.ts';

type Strand = 'mobility' | 'stability' | 'strength' | 'cardio' | 'self_care';

const STRAND: Record<ExerciseCategory, Strand> = {
  mobility: 'mobility', relaxation: 'self_care', self_massage: 'self_care',
  activation: 'stability', motor_control: 'stability', proprioception: 'stability',
  strength: 'strength', endurance: 'strength', functional: 'strength', cardio: 'cardio',
};

// Strength on alternate days, ≥48 h apart (ACSM 2009); cardio on the others (ACSM 2011: 3–5 d/wk); mobility daily.
const DAY_ORDER: Record<Strand, readonly number[]> = {
  mobility: [1, 2, 3, 4, 5, 6, 7],
  stability: [1, 2, 3, 4, 5, 6, 7],
  strength: [1, 3, 5, 2, 4, 6, 7],
  cardio: [2, 4, 6, 7, 1, 3, 5],
  self_care: [2, 4, 6, 7, 1, 3, 5],
};
const STRENGTH_DAYS: readonly number[] = [1, 3, 5];
/** [P] How many of each strand the program holds, so a 10–20 minute day stays varied. */
const STRAND_SLOTS: Record<Strand, number> = { mobility: 2, stability: 2, strength: 2, cardio: 1, self_care: 1 };
const TOTAL_SLOTS = Object.values(STRAND_SLOTS).reduce((a, b) => a + b, 0);
const STRAND_PRIORITY: readonly Strand[] = ['stability', 'mobility', 'strength', 'self_care', 'cardio'];
export const DEFAULT_HOME_MINUTES = 15;

export function buildHomeProgram(phase: PhaseId, ranked: readonly RankedExercise[], minutesPerDay: number): HomeProgram {
  const picked: ExerciseItem[] = [];
  const taken: Record<Strand, number> = { mobility: 0, stability: 0, strength: 0, cardio: 0, self_care: 0 };
  let open = TOTAL_SLOTS;
  for (const r of ranked) {
    if (open === 0) break;
    const strand = STRAND[r.exercise.category];
    // Settling phase: no strength block at home yet; the clinic introduces load.
    if (phase === 'settle' && strand === 'strength') continue;
    if (taken[strand] >= STRAND_SLOTS[strand] || r.minutes > minutesPerDay) continue;
    taken[strand]++;
    open--;
    picked.push(r.item);
  }
  const byStrand = (item: ExerciseItem) => STRAND_PRIORITY.indexOf(STRAND[item.category]);
  picked.sort((a, b) => byStrand(a) - byStrand(b));

  const byStrandItems = new Map<Strand, ExerciseItem[]>();
  for (const item of picked) {
    const strand = STRAND[item.category];
    byStrandItems.set(strand, [...(byStrandItems.get(strand) ?? []), item]);
  }
  // The day's featured strand leads; within a strand the items take turns first, so one that does not fit today
  // leads tomorrow and every exercise gets its days.
  const dayOrder = (day: number, featured: Strand): ExerciseItem[] => {
    const strands = [featured, ...STRAND_PRIORITY.filter((s) => s !== featured)];
    return strands.flatMap((strand) => {
      const items = byStrandItems.get(strand) ?? [];
      const shift = items.length > 0 ? (day - 1) % items.length : 0;
      return [...items.slice(shift), ...items.slice(0, shift)];
    });
  };
  const days: HomeDay[] = [];
  for (let day = 1; day <= 7; day++) {
    const items: ExerciseItem[] = [];
    let minutes = 0;
    // Each day leads with its featured strand (strength on 1/3/5, cardio on the others) so the week varies.
    const featured: Strand = STRENGTH_DAYS.includes(day) && taken.strength > 0 ? 'strength' : 'cardio';
    for (const item of dayOrder(day, featured)) {
      const strand = STRAND[item.category];
      if (DAY_ORDER[strand].indexOf(day) >= item.dosage.daysPerWeek) continue;
      if (minutes + item.minutes > minutesPerDay) continue;
      items.push(item);
      minutes += item.minutes;
    }
    const strands = [...new Set(items.map((i) => STRAND[i.category]))];
    days.push({ day, focus: strands.map((s) => s.replace('_', '-')).join(' + ') || 'rest', minutes, items });
  }
  const used = new Set(days.flatMap((d) => d.items.map((i) => i.exercise)));
  return { minutesPerDay, days, exercises: picked.filter((p) => used.has(p.exercise)) };
}

// The home program: a week of short sessions that fit the client's minutes and equipment, varied by day.
import type { PhaseId } from '../knowledge/schema.ts';
import type { ExerciseCategory } from '../vocabulary/index.ts';
import type { RankedExercise } from './select.ts';
import type { ExerciseItem, HomeDay, HomeProgram } from './types.ts';

type Strand = 'mobility' | 'stability' | 'strength' | 'cardio' | 'self_care';

const STRAND: Record<ExerciseCategory, Strand> = {
  mobility: 'mobility',
  relaxation: 'self_care',
  self_massage: 'self_care',
  activation: 'stability',
  motor_control: 'stability',
  proprioception: 'stability',
  strength: 'strength',
  endurance: 'strength',
  functional: 'strength',
  cardio: 'cardio',
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
/** [P] Timed items (walks, rides, breathing) shorter than this are not worth scheduling. */
const MIN_TIMED_MINUTES = 5;

/** [P] Share of a day's minutes one timed item may take: a walk up to half, breathing or self-massage up to a third. */
const TIMED_SHARE: Partial<Record<Strand, number>> = { cardio: 0.5, self_care: 0.34 };

/** The item as it fits in the minutes left: as is, or a timed item shortened to its share; undefined when it does not fit. */
function fitInto(item: ExerciseItem, left: number, dayMinutes: number): ExerciseItem | undefined {
  const share = item.dosage.minutes === undefined ? undefined : TIMED_SHARE[STRAND[item.category]];
  const cap = share === undefined ? Infinity : Math.max(MIN_TIMED_MINUTES, Math.floor(dayMinutes * share));
  if (item.minutes <= Math.min(left, cap)) return item;
  const minutes = Math.min(left, cap);
  if (item.dosage.minutes === undefined || minutes < MIN_TIMED_MINUTES) return undefined;
  return { ...item, minutes, dosage: { ...item.dosage, sets: 1, minutes } };
}

/** [P] How many of each strand the program holds, so a 10–20 minute day stays varied. */
const STRAND_SLOTS: Record<Strand, number> = { mobility: 2, stability: 2, strength: 2, cardio: 1, self_care: 1 };
const TOTAL_SLOTS = Object.values(STRAND_SLOTS).reduce((a, b) => a + b, 0);
const STRAND_PRIORITY: readonly Strand[] = ['stability', 'self_care', 'mobility', 'strength', 'cardio'];
export const DEFAULT_HOME_MINUTES = 15;

export function buildHomeProgram(
  phase: PhaseId,
  ranked: readonly RankedExercise[],
  minutesPerDay: number,
): HomeProgram {
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
  const days: HomeDay[] = [];
  for (let day = 1; day <= 7; day++) {
    // Strength leads on its days (1/3/5), the walk or ride (else self-care) on the others. Strands take turns (one
    // item each, then a second each), and within a strand the items rotate by day, so the week varies and no single
    // exercise crowds out the rest.
    const featured: Strand =
      STRENGTH_DAYS.includes(day) && taken.strength > 0 ? 'strength' : taken.cardio > 0 ? 'cardio' : 'self_care';
    const strands = [featured, ...STRAND_PRIORITY.filter((st) => st !== featured)];
    const queues = strands.map((strand) => {
      const all = (byStrandItems.get(strand) ?? []).filter(
        (item) => DAY_ORDER[strand].indexOf(day) < item.dosage.daysPerWeek,
      );
      const shift = all.length > 0 ? (day - 1) % all.length : 0;
      return [...all.slice(shift), ...all.slice(0, shift)];
    });
    const items: ExerciseItem[] = [];
    let minutes = 0;
    for (let round = 0; queues.some((q) => q.length > round); round++) {
      for (const queue of queues) {
        const item = queue[round];
        if (!item) continue;
        const fitted = fitInto(item, minutesPerDay - minutes, minutesPerDay);
        if (!fitted) continue;
        items.push(fitted);
        minutes += fitted.minutes;
      }
    }
    const strandsToday = [...new Set(items.map((i) => STRAND[i.category]))];
    days.push({ day, focus: strandsToday.map((st) => st.replace('_', '-')).join(' + ') || 'rest', minutes, items });
  }
  const used = new Set(days.flatMap((d) => d.items.map((i) => i.exercise)));
  return { minutesPerDay, days, exercises: picked.filter((p) => used.has(p.exercise)) };
}

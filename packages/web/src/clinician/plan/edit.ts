// Edits of a plan's home program, as pure functions over the plan document: change a dose, reorder, remove, swap an
// exercise for the next harder or easier one in its knowledge-base chain. The daily schedule follows each change.
import { EXERCISES_BY_ID, doseMinutes, type Dose, type ExerciseItem, type Plan } from '@tandem/engine';

type Home = NonNullable<Plan['homeProgram']>;

function withHome(plan: Plan, change: (home: Home) => Home): Plan {
  return plan.homeProgram ? { ...plan, homeProgram: change(plan.homeProgram) } : plan;
}

/** Applies `change` to every day's copy of the exercise too. */
function everyDay(home: Home, exercise: string, change: (item: ExerciseItem) => ExerciseItem | null): Home['days'] {
  return home.days.map((day) => {
    const items = day.items.flatMap((item) => {
      if (item.exercise !== exercise) return [item];
      const next = change(item);
      return next ? [next] : [];
    });
    return { ...day, items, minutes: items.reduce((sum, i) => sum + i.minutes, 0) };
  });
}

export function setDose(plan: Plan, index: number, dosage: Dose): Plan {
  return withHome(plan, (home) => {
    const target = home.exercises[index];
    if (!target) return home;
    const change = (item: ExerciseItem): ExerciseItem => ({ ...item, dosage, minutes: doseMinutes(dosage) });
    return {
      ...home,
      exercises: home.exercises.map((e, i) => (i === index ? change(e) : e)),
      days: everyDay(home, target.exercise, change),
    };
  });
}

export function move(plan: Plan, index: number, delta: -1 | 1): Plan {
  return withHome(plan, (home) => {
    const to = index + delta;
    const item = home.exercises[index];
    if (!item || to < 0 || to >= home.exercises.length) return home;
    const exercises = home.exercises.filter((_, i) => i !== index);
    exercises.splice(to, 0, item);
    return { ...home, exercises };
  });
}

export function remove(plan: Plan, index: number): Plan {
  return withHome(plan, (home) => {
    const target = home.exercises[index];
    if (!target) return home;
    return {
      ...home,
      exercises: home.exercises.filter((_, i) => i !== index),
      days: everyDay(home, target.exercise, () => null),
    };
  });
}

export type Direction = 'progression' | 'regression';

/** The exercise one step along the chain, if the knowledge base has one. */
export function chainStep(exercise: string, direction: Direction) {
  const next = EXERCISES_BY_ID.get(exercise)?.[direction];
  return next === null || next === undefined ? undefined : EXERCISES_BY_ID.get(next);
}

/** The plan's phase for doses: the visit template's, else the first phase. */
export function planPhase(plan: Plan) {
  return plan.visit?.phase ?? plan.phases[0]?.id ?? 'settle';
}

export function swap(plan: Plan, index: number, direction: Direction): Plan {
  return withHome(plan, (home) => {
    const from = home.exercises[index];
    const to = from && chainStep(from.exercise, direction);
    if (!from || !to) return home;
    const phase = planPhase(plan);
    const dosage = to.dosage[phase] ?? Object.values(to.dosage)[0] ?? from.dosage;
    const item: ExerciseItem = {
      kind: 'exercise',
      exercise: to.id,
      name: to.name,
      category: to.category,
      regions: [...to.regions],
      dosage,
      minutes: doseMinutes(dosage),
      addresses: from.addresses,
      ruleId: 'clinician.edit',
      rationale: `${direction === 'progression' ? 'Harder' : 'Easier'} step after ${from.name} in its exercise chain, chosen by the clinician; the dose is the knowledge base's for this phase.`,
    };
    return {
      ...home,
      exercises: home.exercises.map((e, i) => (i === index ? item : e)),
      days: everyDay(home, from.exercise, () => item),
    };
  });
}

/**
 * The item a server problem names (`body.plan.homeProgram.exercises[2].exercise`): the exercise or technique id found
 * at that path of the plan that was sent, so the message can sit next to it.
 */
export function itemAt(plan: Plan, field: string): string | null {
  const parts = field
    .replace(/^(body\.)?plan\./, '')
    .split(/[.[\]]/)
    .filter((p) => p !== '');
  let node: unknown = plan;
  let holder: unknown = null;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return null;
    holder = node;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'string') return node;
  if (holder && typeof holder === 'object') {
    const h = holder as Record<string, unknown>;
    if (typeof h.exercise === 'string') return h.exercise;
    if (typeof h.technique === 'string') return h.technique;
  }
  return null;
}

/** Problems grouped by the item they name; the rest under "". */
export function problemsByItem(
  plan: Plan,
  problems: readonly { field: string; message: string }[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of problems) {
    const key = itemAt(plan, p.field) ?? '';
    out.set(key, [...(out.get(key) ?? []), p.message]);
  }
  return out;
}

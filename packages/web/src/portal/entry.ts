// The day's log as the client fills it in, and the home-log body it becomes (the engine's ZEntry shape): only the
// exercises marked done go in, each in its prescription's unit, with pain during (required by the engine) and effort.
import { unitOf, type SetUnit } from '@tandem/engine';
import type { Volume } from './dose.ts';

export interface ExerciseDraft {
  sets: number;
  amount: number;
  painDuring: number | null;
  effort: number | null;
}
export interface DayDraft {
  painAtRest: number | null;
  sleep: number | null;
  fatigue: number | null;
}

export const emptyDay: DayDraft = { painAtRest: null, sleep: null, fatigue: null };

/** A draft at the prescribed dose, for the client to change if they did more or less. */
export function draftFor(p: Volume): ExerciseDraft {
  const unit = unitOf(p);
  return { sets: p.sets, amount: p[unit] ?? 1, painDuring: null, effort: null };
}

export interface EntryBody {
  date: string;
  source: 'home';
  painAtRest?: number;
  sleep?: number;
  fatigue?: number;
  exercises: {
    exercise: string;
    done: { sets: number } & Partial<Record<SetUnit, number>>;
    painDuring?: number;
    effort?: number;
  }[];
}

/** The body to send; `order` lists the exercises as sent, so a server problem at exercises[i] finds its card. */
export function entryBody(
  date: string,
  done: readonly { exercise: string; unit: SetUnit; draft: ExerciseDraft }[],
  day: DayDraft,
): EntryBody {
  return {
    date,
    source: 'home',
    ...(day.painAtRest === null ? {} : { painAtRest: day.painAtRest }),
    ...(day.sleep === null ? {} : { sleep: day.sleep }),
    ...(day.fatigue === null ? {} : { fatigue: day.fatigue }),
    exercises: done.map(({ exercise, unit, draft }) => ({
      exercise,
      done: { sets: draft.sets, [unit]: draft.amount },
      ...(draft.painDuring === null ? {} : { painDuring: draft.painDuring }),
      ...(draft.effort === null ? {} : { effort: draft.effort }),
    })),
  };
}

/** What must be filled in before sending, by card: pain during for each exercise marked done. */
export function missing(done: readonly { exercise: string; draft: ExerciseDraft }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of done)
    if (d.draft.painDuring === null) out[d.exercise] = 'Choose how much it hurt while you did it (0 is no pain).';
  return out;
}

/** Server problems (`body.exercises[2].painDuring`) by exercise id and field, and the day's own fields. */
export function problemsByExercise(
  problems: readonly { field: string; message: string }[],
  sent: readonly string[],
): { exercise: Record<string, string[]>; day: string[] } {
  const exercise: Record<string, string[]> = {};
  const day: string[] = [];
  for (const p of problems) {
    const at = /exercises\[(\d+)\]/.exec(p.field);
    const id = at ? sent[Number(at[1])] : undefined;
    if (id === undefined) day.push(p.message);
    else (exercise[id] ??= []).push(p.message);
  }
  return { exercise, day };
}

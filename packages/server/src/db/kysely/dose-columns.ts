// Engine doses (sets + one unit + resistance) to and from flat columns, so doses can be queried and compared in SQL.
import type { BAND_LEVELS, Prescription, Resistance } from '@tandem/engine';
import type { Done, PrescribedDose } from '../records.ts';
import type { ResistanceKind } from '../schema.ts';
import { compact, opt } from './context.ts';

type BandLevel = (typeof BAND_LEVELS)[number];
type RangeLevel = NonNullable<Prescription['range']>;

export interface ResistanceCells {
  kind: ResistanceKind | null;
  kg: number | null;
  band: string | null;
}

export function resistanceCells(resistance: Resistance | undefined): ResistanceCells {
  if (resistance === undefined) return { kind: null, kg: null, band: null };
  switch (resistance.kind) {
    case 'bodyweight':
      return { kind: 'bodyweight', kg: null, band: null };
    case 'weight':
      return { kind: 'weight', kg: resistance.kg, band: null };
    case 'band':
      return { kind: 'band', kg: null, band: resistance.level };
  }
}

export function resistanceOf(cells: ResistanceCells): Resistance | undefined {
  switch (cells.kind) {
    case null:
      return undefined;
    case 'bodyweight':
      return { kind: 'bodyweight' };
    case 'weight':
      return { kind: 'weight', kg: cells.kg ?? 0 };
    case 'band':
      return { kind: 'band', level: (cells.band ?? 'light') as BandLevel };
  }
}

export interface DoseCells {
  sets: number | null;
  reps: number | null;
  holdSeconds: number | null;
  minutes: number | null;
  resistance: ResistanceCells;
}

export const doneCells = (done: Done | null): DoseCells => ({
  sets: done?.sets ?? null,
  reps: done?.reps ?? null,
  holdSeconds: done?.holdSeconds ?? null,
  minutes: done?.minutes ?? null,
  resistance: resistanceCells(done?.resistance),
});

/** Null sets mean nothing was done (the engine's `done: null`). */
export function doneOf(cells: DoseCells): Done | null {
  if (cells.sets === null) return null;
  return compact({
    sets: cells.sets,
    reps: opt(cells.reps),
    holdSeconds: opt(cells.holdSeconds),
    minutes: opt(cells.minutes),
    resistance: resistanceOf(cells.resistance),
  });
}

export interface PrescribedCells extends DoseCells {
  range: string | null;
  painCeiling: number | null;
  daysPerWeek: number | null;
}

export const prescribedCells = (p: PrescribedDose | null): PrescribedCells => ({
  sets: p?.sets ?? null,
  reps: p?.reps ?? null,
  holdSeconds: p?.holdSeconds ?? null,
  minutes: p?.minutes ?? null,
  resistance: resistanceCells(p?.resistance),
  range: p?.range ?? null,
  painCeiling: p?.painCeiling ?? null,
  daysPerWeek: p?.daysPerWeek ?? null,
});

/** Null sets mean the exercise was not prescribed on that day. */
export function prescribedOf(cells: PrescribedCells): PrescribedDose | null {
  if (cells.sets === null || cells.painCeiling === null || cells.daysPerWeek === null) return null;
  return compact({
    sets: cells.sets,
    reps: opt(cells.reps),
    holdSeconds: opt(cells.holdSeconds),
    minutes: opt(cells.minutes),
    resistance: resistanceOf(cells.resistance) ?? { kind: 'bodyweight' },
    range: opt(cells.range) as RangeLevel | undefined,
    painCeiling: cells.painCeiling,
    daysPerWeek: cells.daysPerWeek,
  });
}

// A dose in one line of words: "3 × 10 reps each side, light band, rest 60 s, 3 days a week".
import type { Dose } from '../knowledge/schema.ts';

/** What a line can say beyond the sets and their size; each is left out when the dose does not have it. */
export type DoseDetail = 'tempo' | 'load' | 'rest' | 'daysPerWeek';

export interface DoseTextOptions {
  /** The details after "3 × 10 reps", in the order given. */
  details: readonly DoseDetail[];
  /** Between the parts; ", " unless given. */
  separator?: string;
  /** A listing's short form: "3 × 10" for reps and "3×/week" for the days. */
  terse?: boolean;
}

/** A knowledge-base dose, or a prescription's (which has no tempo, load or rest). */
export type DoseLike = Pick<Dose, 'sets'> &
  Partial<
    Pick<Dose, 'reps' | 'holdSeconds' | 'minutes' | 'tempo' | 'restSeconds' | 'daysPerWeek' | 'load' | 'perSide'>
  >;

function detailText(d: DoseLike, detail: DoseDetail, terse: boolean): string | undefined {
  switch (detail) {
    case 'tempo':
      return d.tempo === undefined ? undefined : `tempo ${d.tempo}`;
    case 'load':
      return d.load;
    case 'rest':
      return d.restSeconds === undefined ? undefined : `rest ${d.restSeconds} s`;
    case 'daysPerWeek':
      return d.daysPerWeek === undefined
        ? undefined
        : terse
          ? `${d.daysPerWeek}×/week`
          : `${d.daysPerWeek} days a week`;
  }
}

export function doseText(d: DoseLike, options: DoseTextOptions): string {
  const terse = options.terse ?? false;
  const size =
    d.reps !== undefined
      ? terse
        ? `${d.reps}`
        : `${d.reps} reps`
      : d.holdSeconds !== undefined
        ? `${d.holdSeconds} s hold`
        : `${d.minutes ?? 1} min`;
  const details = options.details.map((detail) => detailText(d, detail, terse)).filter((text) => text !== undefined);
  return [`${d.sets} × ${size}${d.perSide ? ' each side' : ''}`, ...details].join(options.separator ?? ', ');
}

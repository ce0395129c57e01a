// Stored measure keys in the clinic's words, for documents: the engine's measureInfo (shared with the web app), with
// units spelled out for print and the instrument's published MCID.
import { INSTRUMENTS, measureInfo, measureValue as valueOf } from '@tandem/engine';

export { instrumentName } from '@tandem/engine';

export interface MeasureLabel {
  name: string;
  unit: string;
  better: 'lower' | 'higher' | null;
  /** The smallest change that matters (instruments only). */
  mcid: number | null;
  /** The scale's ends, where it has fixed ones. */
  min?: number;
  max?: number;
}

const PRINTED_UNIT: Partial<Record<string, string>> = { '°': 'degrees', s: 'seconds', points: 'score', '': 'value' };

export function measureLabel(key: string): MeasureLabel {
  const info = measureInfo(key);
  const unit =
    info.kind === 'activity'
      ? `0 unable – ${String(info.max)} pain free`
      : info.kind === 'strength'
        ? `grade ${String(info.min)}–${String(info.max)}`
        : (PRINTED_UNIT[info.unit] ?? info.unit);
  const ends =
    info.kind === 'rom'
      ? {}
      : { ...(info.min === undefined ? {} : { min: info.min }), ...(info.max === undefined ? {} : { max: info.max }) };
  return {
    name: info.name,
    unit,
    better: info.better,
    mcid: info.instrument ? INSTRUMENTS[info.instrument].change.mcid : null,
    ...ends,
  };
}

/** A value as a person reads it: at most one decimal, an activity as its status word. */
export const measureValue = (key: string, value: number): string => valueOf(measureInfo(key), value);

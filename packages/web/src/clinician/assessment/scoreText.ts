// How scores read on screen: rounded, with their unit, band names in words, and the change that matters.
import { INSTRUMENTS, type InstrumentId, type ScoreResult } from '@tandem/engine';

export const humanize = (id: string): string => `${id.charAt(0).toUpperCase()}${id.slice(1).replaceAll('_', ' ')}`;

const round = (n: number): string => String(Math.round(n * 10) / 10);

export function scoreText(s: Pick<ScoreResult, 'score' | 'unit'>): string {
  switch (s.unit) {
    case 'percent':
      return `${round(s.score)} %`;
    case 'points':
      return `${round(s.score)} points`;
    case 'seconds':
      return `${round(s.score)} s`;
    case 'stands':
      return `${round(s.score)} stands`;
  }
}

/** "A change of 10 points (or 30 %) matters; lower is better." */
export function mcidText(id: InstrumentId): string {
  const c = INSTRUMENTS[id].change;
  const pct = c.mcidPercent === undefined ? '' : ` or ${String(c.mcidPercent)} %`;
  return `Meaningful change: ${round(c.mcid)} points${pct}; ${c.better} is better.`;
}

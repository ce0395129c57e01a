// A stored measure key in the clinic's words, from the engine's vocabulary: `rom:shoulder:flexion:left` →
// "Shoulder flexion, left", with its unit, the better direction, the change that matters and the normal range.
// Shared by the web app's charts and the server's PDFs, so a measure reads the same on screen and on paper.
import { INSTRUMENTS, ZInstrumentId, type InstrumentId } from '../instruments/index.ts';
import {
  ACTIVITIES,
  FUNCTIONAL_STATUS,
  FUNCTIONAL_TESTS,
  ROM_JOINTS,
  ROM_MOTIONS,
  SIDES,
  STRENGTH_GRADE_MAX,
  STRENGTH_GRADE_MIN,
  STRUCTURES,
  romNorm,
} from '../vocabulary/index.ts';

export type MeasureKind = 'pain' | 'questionnaire' | 'rom' | 'functional' | 'activity' | 'strength' | 'other';

export interface MeasureInfo {
  key: string;
  kind: MeasureKind;
  name: string;
  /** The instrument's abbreviation-free short name for tight places ("SPADI" stays as the key's upper case). */
  short: string;
  unit: string;
  better: 'lower' | 'higher' | null;
  instrument: InstrumentId | null;
  /** The change that counts as real: the larger of the MCID and the MDC (instruments only). */
  threshold: number | null;
  /** The scale's fixed ends, where it has them. */
  min?: number;
  max?: number;
  /** The normal active range (ROM only). */
  norm?: number;
}

const sideOf = (side: string | undefined): string =>
  side !== undefined && SIDES.has(side) ? `, ${SIDES.entries[side].label.toLowerCase()}` : '';

/** "Oswestry Disability Index (v2.1a)" → "Oswestry Disability Index". */
export const instrumentName = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');

const STATUS_TOP = Math.max(...FUNCTIONAL_STATUS.ids.map((id) => FUNCTIONAL_STATUS.entries[id].rank));

export function measureInfo(key: string): MeasureInfo {
  const [kind = '', a, b, c] = key.split(':');
  const base = { key, instrument: null, threshold: null, better: null } as const;
  const instrument = ZInstrumentId.safeParse(kind);
  if (instrument.success && a === undefined) {
    const { name, change } = INSTRUMENTS[instrument.data];
    const pain = instrument.data === 'nprs';
    return {
      ...base,
      kind: pain ? 'pain' : 'questionnaire',
      name: instrumentName(name),
      short: pain ? 'Pain (NPRS)' : instrument.data.toUpperCase(),
      unit: pain ? '0–10' : 'points',
      better: change.better,
      instrument: instrument.data,
      threshold: Math.max(change.mcid, change.mdc ?? 0),
      ...(pain ? { min: 0, max: 10 } : {}),
    };
  }
  if (kind === 'rom' && a !== undefined && b !== undefined && ROM_JOINTS.has(a) && ROM_MOTIONS.has(b)) {
    const name = `${ROM_JOINTS.entries[a].label} ${ROM_MOTIONS.entries[b].label.toLowerCase()}${sideOf(c)}`;
    const norm = romNorm(a, b);
    return {
      ...base,
      kind: 'rom',
      name,
      short: name,
      unit: '°',
      better: 'higher',
      min: 0,
      ...(norm === undefined ? {} : { norm }),
    };
  }
  if (kind === 'functional' && a !== undefined && FUNCTIONAL_TESTS.has(a)) {
    const test = FUNCTIONAL_TESTS.entries[a];
    const name = `${test.label}${sideOf(b)}`;
    return {
      ...base,
      kind: 'functional',
      name,
      short: name,
      unit: test.unit === 's' ? 's' : test.unit,
      better: test.better === 'lower' ? 'lower' : 'higher',
    };
  }
  if (kind === 'activity' && a !== undefined && ACTIVITIES.has(a)) {
    const name = ACTIVITIES.entries[a].label;
    return {
      ...base,
      kind: 'activity',
      name,
      short: name,
      unit: `0–${String(STATUS_TOP)}`,
      better: 'higher',
      min: 0,
      max: STATUS_TOP,
    };
  }
  if (kind === 'strength' && a !== undefined && STRUCTURES.has(a)) {
    const name = `${STRUCTURES.entries[a].label} strength${sideOf(b)}`;
    return {
      ...base,
      kind: 'strength',
      name,
      short: name,
      unit: 'grade',
      better: 'higher',
      min: STRENGTH_GRADE_MIN,
      max: STRENGTH_GRADE_MAX,
    };
  }
  return { ...base, kind: 'other', name: key, short: key, unit: '' };
}

/** A value with its unit as a person reads it: "38°", "57.3", an activity as its status word. */
export function measureValue(info: MeasureInfo, value: number): string {
  if (info.kind === 'activity') {
    const status = FUNCTIONAL_STATUS.ids.find((id) => FUNCTIONAL_STATUS.entries[id].rank === value);
    if (status) return FUNCTIONAL_STATUS.entries[status].label.toLowerCase();
  }
  const rounded = String(Math.round(value * 10) / 10);
  if (info.unit === '°') return `${rounded}°`;
  if (info.unit === 's') return `${rounded} s`;
  return rounded;
}

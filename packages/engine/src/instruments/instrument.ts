// The shape every outcome measure shares: items, scoring, interpretation and the change that matters.
import { z } from 'zod';
import type { Result } from '../result.ts';

export const INSTRUMENT_IDS = [
  'nprs',
  'odi',
  'ndi',
  'quickdash',
  'spadi',
  'psfs',
  'lefs',
  'tsk11',
  'tsk17',
  'pcs',
  'startback',
  'fms',
  'tug',
  'cst30',
] as const;
export const ZInstrumentId = z.enum(INSTRUMENT_IDS);
export type InstrumentId = z.infer<typeof ZInstrumentId>;

/** One answerable item. `label` is Tandem's own short wording (see docs/instruments.md on licences). */
export interface ItemDef {
  id: string;
  label: string;
  min: number;
  max: number;
}

export interface ScoreResult {
  instrument: InstrumentId;
  /** Headline figure in the instrument's published units, unrounded (round only for display). */
  score: number;
  unit: 'points' | 'percent' | 'seconds' | 'stands';
  subscales?: Record<string, number>;
  /** Interpretation band id, where the instrument has published bands. */
  band?: string;
  /** Which published banding scheme `band` comes from. */
  bandSource?: string;
  /** Yes/no interpretations (e.g. fall risk by two published thresholds, FMS asymmetry). */
  flags?: Record<string, boolean>;
  /** Instrument-specific extras (e.g. SPADI's alternative total, FMS per-test scores). */
  details?: Record<string, unknown>;
  answered: number;
  missing: number;
  missingItems: string[];
  /** Scoring rule in docs/rules.md. */
  ruleId: string;
}

/** The smallest change that matters to patients, with the error margin of the measure where published. */
export interface ChangeThreshold {
  /** Which direction is improvement. */
  better: 'lower' | 'higher';
  /** Minimal clinically important difference, in score units. */
  mcid: number;
  /** Relative criterion (percent of baseline), where a source gives one. */
  mcidPercent?: number;
  /** Minimal detectable change, in score units, where published. */
  mdc?: number;
  source: string;
}

export interface ScoreOptions {
  /** Overrides the instrument's policy on how many items must be answered. */
  minAnswered?: number;
}

export interface Instrument {
  id: InstrumentId;
  name: string;
  /** What the instrument measures, in Tandem's words. */
  description: string;
  /** The fixed items, in published order; absent for instruments whose input is not a list of items (PSFS, FMS, TUG, 30s-CST). */
  items?: readonly ItemDef[];
  /** How to answer, for instruments without fixed items. */
  inputHelp?: string;
  change: ChangeThreshold;
  source: string;
  licence: string;
  score(raw: unknown, options?: ScoreOptions): Result<ScoreResult>;
}

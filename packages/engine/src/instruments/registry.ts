// Every instrument Tandem scores, by id.
import { cst30 } from './cst30.ts';
import { fms } from './fms.ts';
import type { Instrument, InstrumentId, ScoreOptions, ScoreResult } from './instrument.ts';
import { lefs } from './lefs.ts';
import { meaningfulChange } from './meaningful-change.ts';
import { ndi } from './ndi.ts';
import { nprs } from './nprs.ts';
import { odi } from './odi.ts';
import { pcs } from './pcs.ts';
import { psfs } from './psfs.ts';
import { quickdash } from './quickdash.ts';
import { spadi } from './spadi.ts';
import { startback } from './startback.ts';
import { tsk11, tsk17 } from './tsk.ts';
import { tug } from './tug.ts';
import type { Result } from '../result.ts';

export const INSTRUMENTS: Readonly<Record<InstrumentId, Instrument>> = {
  nprs,
  odi,
  ndi,
  quickdash,
  spadi,
  psfs,
  lefs,
  tsk11,
  tsk17,
  pcs,
  startback,
  fms,
  tug,
  cst30,
};

/** Scores raw answers with the instrument named by id. */
export const scoreInstrument = (id: InstrumentId, raw: unknown, options?: ScoreOptions): Result<ScoreResult> =>
  INSTRUMENTS[id].score(raw, options);

/** Whether the change between two scores of an instrument is clinically meaningful (see meaningful-change.ts). */
export const isMeaningfulChange = (id: InstrumentId, before: number, after: number) =>
  meaningfulChange(INSTRUMENTS[id].change, before, after);

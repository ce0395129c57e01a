// Tandem's clinical engine: pure functions and typed data, no I/O and no clock.
export * from './case-file.ts';
export * from './clinic/index.ts';
export * from './dates.ts';
export * from './decision.ts';
export * from './illustration/index.ts';
export * from './instruments/index.ts';
export * from './knowledge/index.ts';
export * from './plan/index.ts';
export * from './progression/index.ts';
export * from './reasoning/index.ts';
export * from './result.ts';
export * from './screening/index.ts';
export * from './vocabulary/index.ts';
export * from './measures/measure-info.ts';

// Outcome measures: scoring, interpretation and meaningful change.
export * from './instrument.ts';
export { readAnswers } from './items.ts';
export * from './meaningful-change.ts';
export * from './registry.ts';
export { scoreFmsPartial } from './fms.ts';
export { tsk11FromTsk17 } from './tsk.ts';

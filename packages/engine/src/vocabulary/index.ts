// The controlled vocabulary, in one import.
export * from './activities.ts';
export * from './categories.ts';
export * from './equipment.ts';
export * from './findings.ts';
export * from './history.ts';
export * from './impairments.ts';
export * from './load.ts';
export * from './regions.ts';
export * from './structures.ts';
export * from './vocabulary.ts';

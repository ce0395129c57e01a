// Clinic-wide views built from many episodes: the attention list and the outcome figures.
export * from './attention.ts';
export * from './outcomes.ts';

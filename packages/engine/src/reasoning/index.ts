// Clinical reasoning: irritability and findings → impairments.
export * from './irritability.ts';
export * from './impairments.ts';

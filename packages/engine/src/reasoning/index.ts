// Clinical reasoning: irritability, findings → impairments, widespread pain and sensitisation.
export * from './irritability.ts';
export * from './impairments.ts';
export * from './sensitisation.ts';

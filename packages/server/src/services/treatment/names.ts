// The names the API shows beside an exercise's or a technique's id (the id itself once removed from the engine).
import { EXERCISES_BY_ID, TECHNIQUES_BY_ID } from '@tandem/engine';

export const exerciseName = (id: string): string => EXERCISES_BY_ID.get(id)?.name ?? id;
export const techniqueName = (id: string): string => TECHNIQUES_BY_ID.get(id)?.name ?? id;

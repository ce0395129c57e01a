// What can take an exercise's place when screening rules it out: its named alternatives (another position, support,
// less load), then its easier versions down its chain, each once. The plan generator and progression both ask here.
import { EXERCISES, EXERCISES_BY_ID } from './index.ts';

export const STAND_INS: ReadonlyMap<string, readonly string[]> = new Map(
  EXERCISES.map((exercise) => {
    const ids = [...exercise.alternatives];
    for (let id = exercise.regression; id !== null && !ids.includes(id) && id !== exercise.id;) {
      ids.push(id);
      id = EXERCISES_BY_ID.get(id)?.regression ?? null;
    }
    return [exercise.id, ids];
  }),
);

// A prescription as the client's home program shows it.
import { EXERCISES_BY_ID, type Prescription } from '@tandem/engine';

/** The prescription with the exercise's name, cues, safety notes and illustration. */
export function programItem(p: Prescription) {
  const exercise = EXERCISES_BY_ID.get(p.exercise);
  return {
    ...p,
    name: exercise?.name ?? p.exercise,
    cues: exercise?.cues ?? [],
    safety: exercise?.safety ?? [],
    illustration: {
      id: p.exercise,
      keyframes: (exercise?.illustration.keyframes ?? []).map((k) => ({
        pose: k.pose,
        ...(k.mirror !== undefined && { mirror: k.mirror }),
      })),
      props: [...(exercise?.illustration.props ?? exercise?.equipment ?? [])],
    },
  };
}

// `tandem illustrate EXERCISE [--out FILE]`: an exercise's illustration as a standalone SVG.
import { EXERCISES_BY_ID, renderIllustration } from '@tandem/engine';
import { CliError } from './cli-error.ts';

export function illustrationSvg(exerciseId: string): string {
  const exercise = EXERCISES_BY_ID.get(exerciseId);
  if (!exercise)
    throw new CliError(
      `unknown exercise "${exerciseId}"; see docs/knowledge.md (ids like dead_bug, bird_dog, goblet_squat)`,
    );
  return renderIllustration(
    { keyframes: exercise.illustration.keyframes, props: exercise.illustration.props ?? exercise.equipment },
    { title: exercise.name },
  );
}

// What the program decided after a log: per exercise step up, stay or step back, and anything about the whole
// episode, each with the engine's reason and the rule that fired.
import { EXERCISES_BY_ID } from '@tandem/engine';
import { Badge, Card, Stack, Text } from '@mantine/core';
import type { Decision } from './data.ts';
import { volumeText, type Volume } from './dose.ts';

const EXERCISE_LABEL: Record<string, { text: string; color: string }> = {
  progress: { text: 'Step up', color: 'teal.9' },
  hold: { text: 'Stay at this level', color: 'blue.9' },
  regress: { text: 'Step back', color: 'yellow.4' },
};

const EPISODE_LABEL: Record<string, string> = {
  setback: 'Flare-up noticed',
  fatigue: 'A lighter week',
  plateau: 'Progress has levelled off',
  phase_ready: 'Ready for the next stage',
  reassess_due: 'Time for a check-up',
  discharge_ready: 'Goals nearly reached',
  adherence_low: 'Fewer sessions than planned',
};

const isVolume = (v: unknown): v is Volume & { exercise: string; perSide?: boolean } =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Volume).sets === 'number' &&
  typeof (v as { exercise?: unknown }).exercise === 'string';

/** "From now: 3 sets of 12 reps" when the dose or the exercise changed. */
function nextDose(d: Decision): string | null {
  const before = d.action?.before;
  const after = d.action?.after;
  if (!isVolume(after) || !isVolume(before) || JSON.stringify(before) === JSON.stringify(after)) return null;
  const name =
    after.exercise === before.exercise ? '' : `${EXERCISES_BY_ID.get(after.exercise)?.name ?? after.exercise}: `;
  return `From now: ${name}${volumeText(after, after.perSide === true)}`;
}

export function DecisionList({ decisions }: { decisions: readonly Decision[] }) {
  const episode = decisions.filter((d) => d.scope === 'episode');
  const exercises = decisions.filter((d) => d.scope === 'exercise');
  return (
    <Stack gap="sm">
      {episode.map((d) => (
        <Card key={`${d.ruleId}-${d.date}`} withBorder padding="sm" bg="yellow.0">
          <Text fw={700}>{EPISODE_LABEL[d.decision] ?? d.decision}</Text>
          <Text size="sm">{d.rationale}</Text>
          <Text size="xs" c="dimmed">
            Rule: {d.ruleId}
          </Text>
        </Card>
      ))}
      {exercises.map((d) => {
        const label = EXERCISE_LABEL[d.decision] ?? { text: d.decision, color: 'gray' };
        const next = nextDose(d);
        return (
          <Card key={`${d.exercise ?? ''}-${d.ruleId}`} withBorder padding="sm">
            <Badge color={label.color} variant="filled" autoContrast size="lg">
              {label.text}
            </Badge>
            <Text fw={700} mt={6}>
              {EXERCISES_BY_ID.get(d.exercise ?? '')?.name ?? d.exercise}
            </Text>
            <Text size="sm" mt={4}>
              {d.rationale}
            </Text>
            {next !== null && (
              <Text size="sm" fw={600} mt={4}>
                {next}
              </Text>
            )}
            <Text size="xs" c="dimmed" mt={2}>
              Rule: {d.ruleId}
            </Text>
          </Card>
        );
      })}
    </Stack>
  );
}

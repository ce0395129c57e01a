// The home program: each exercise with picture, dose and cues; while editing, each can be changed, moved, removed or
// swapped along its chain.
import type { Plan } from '@tandem/engine';
import { Group, Stack, Text } from '@mantine/core';
import { move, remove, setDose, swap } from './edit.ts';
import { ExerciseCard } from './ExerciseCard.tsx';

export function HomeProgram({
  plan,
  editing,
  onChange,
  problems,
}: {
  plan: Plan;
  editing: boolean;
  onChange: (plan: Plan) => void;
  problems: ReadonlyMap<string, string[]>;
}) {
  const home = plan.homeProgram;
  if (!home) return <Text size="sm">This plan has no home program.</Text>;
  const n = home.exercises.length;
  return (
    <Stack gap="sm">
      <Group gap="lg">
        <Text size="sm">
          About <b>{home.minutesPerDay} minutes</b> a day
        </Text>
        <Text size="sm">
          {n} exercise{n === 1 ? '' : 's'}
        </Text>
        <Text size="sm">
          {home.days.length} day{home.days.length === 1 ? '' : 's'} in the weekly rotation
        </Text>
      </Group>
      {home.exercises.map((item, i) => (
        <ExerciseCard
          key={`${item.exercise}-${String(i)}`}
          item={item}
          problems={problems.get(item.exercise)}
          edits={
            editing
              ? {
                  first: i === 0,
                  last: i === n - 1,
                  onDose: (dose) => {
                    onChange(setDose(plan, i, dose));
                  },
                  onMove: (delta) => {
                    onChange(move(plan, i, delta));
                  },
                  onRemove: () => {
                    onChange(remove(plan, i));
                  },
                  onSwap: (direction) => {
                    onChange(swap(plan, i, direction));
                  },
                }
              : null
          }
        />
      ))}
    </Stack>
  );
}

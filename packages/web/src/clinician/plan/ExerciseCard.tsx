// One home exercise: its picture, dose and cues, why it is in the plan, and (while editing) the controls to change it.
import { EXERCISES_BY_ID, type ExerciseItem } from '@tandem/engine';
import { ActionIcon, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { ExerciseIllustration } from '../../ui/ExerciseIllustration.tsx';
import { DoseEditor } from './DoseEditor.tsx';
import { chainStep, type Direction } from './edit.ts';
import { doseLabel, exerciseCategoryLabel } from './labels.ts';
import { ProblemText } from './ProblemText.tsx';
import { Why } from './Why.tsx';

export interface ExerciseEdits {
  onDose: (dose: ExerciseItem['dosage']) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onSwap: (direction: Direction) => void;
  first: boolean;
  last: boolean;
}

export function ExerciseCard({
  item,
  problems,
  edits,
}: {
  item: ExerciseItem;
  problems: readonly string[] | undefined;
  edits: ExerciseEdits | null;
}) {
  const exercise = EXERCISES_BY_ID.get(item.exercise);
  const illustration = exercise && {
    keyframes: exercise.illustration.keyframes,
    props: exercise.illustration.props ?? exercise.equipment,
  };
  const harder = chainStep(item.exercise, 'progression');
  const easier = chainStep(item.exercise, 'regression');
  return (
    <Card
      withBorder
      data-exercise={item.exercise}
      style={problems ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Group align="flex-start" wrap="wrap" gap="md">
        {illustration && (
          <ExerciseIllustration illustration={illustration} title={`Illustration: ${item.name}`} height={110} />
        )}
        <Stack gap={4} style={{ flex: 1, minWidth: 240 }}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Title order={3} size="h5">
                {item.name}
              </Title>
              <Group gap={4}>
                <Badge size="sm" variant="default">
                  {exerciseCategoryLabel(item.category)}
                </Badge>
                <Text size="sm" fw={600}>
                  {doseLabel(item.dosage)}
                </Text>
              </Group>
            </div>
            {edits && (
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="default"
                  aria-label={`Move ${item.name} up`}
                  disabled={edits.first}
                  onClick={() => {
                    edits.onMove(-1);
                  }}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  aria-label={`Move ${item.name} down`}
                  disabled={edits.last}
                  onClick={() => {
                    edits.onMove(1);
                  }}
                >
                  ↓
                </ActionIcon>
                <ActionIcon variant="default" color="red.9" aria-label={`Remove ${item.name}`} onClick={edits.onRemove}>
                  ✕
                </ActionIcon>
              </Group>
            )}
          </Group>
          {exercise && (
            <List size="sm" spacing={2}>
              {exercise.cues.slice(0, 3).map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          )}
          <ProblemText messages={problems} />
          <Why ruleId={item.ruleId} rationale={item.rationale} />
          {edits && (
            <Stack gap="xs" mt="xs" p="xs" bg="gray.0" style={{ borderRadius: 6 }}>
              <DoseEditor dose={item.dosage} name={item.name} onChange={edits.onDose} />
              <Group gap="xs">
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={!easier}
                  onClick={() => {
                    edits.onSwap('regression');
                  }}
                  aria-label={
                    easier ? `Swap ${item.name} for easier: ${easier.name}` : `${item.name} has no easier step`
                  }
                >
                  ← Easier{easier ? `: ${easier.name}` : ''}
                </Button>
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={!harder}
                  onClick={() => {
                    edits.onSwap('progression');
                  }}
                  aria-label={
                    harder ? `Swap ${item.name} for harder: ${harder.name}` : `${item.name} has no harder step`
                  }
                >
                  Harder{harder ? `: ${harder.name}` : ''} →
                </Button>
              </Group>
            </Stack>
          )}
        </Stack>
      </Group>
    </Card>
  );
}

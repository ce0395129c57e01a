// One exercise of today's program: its illustration, dose and cues, and (once marked done) what was done and how it felt.
import { EXERCISES_BY_ID, unitOf } from '@tandem/engine';
import { Badge, Card, Checkbox, Group, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { ExerciseIllustration } from '../ui/ExerciseIllustration.tsx';
import type { ProgramItem } from './data.ts';
import { RANGE_TEXT, SETS_LABEL, UNIT_LABEL, resistanceText, volumeText } from './dose.ts';
import { draftFor, type ExerciseDraft } from './entry.ts';
import { RatingScale } from './RatingScale.tsx';

interface Props {
  item: ProgramItem;
  /** "Done 2 of 3 days this week", or null for an everyday exercise. */
  week: string | null;
  doneToday: boolean;
  draft: ExerciseDraft | null;
  onDraft: (draft: ExerciseDraft | null) => void;
  errors: readonly string[];
  /** Due today (else listed as already done enough this week). */
  due: boolean;
}

export function ExerciseCard({ item, week, doneToday, draft, onDraft, errors, due }: Props) {
  const exercise = EXERCISES_BY_ID.get(item.exercise);
  const unit = unitOf(item);
  const load = resistanceText(item.resistance);
  const headingId = `exercise-${item.exercise}`;
  const painError = errors.find((e) => /hurt|pain/i.test(e));
  const otherErrors = errors.filter((e) => e !== painError);
  const set = (change: Partial<ExerciseDraft>) => {
    if (draft) onDraft({ ...draft, ...change });
  };
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="article"
      aria-labelledby={headingId}
      data-exercise={item.exercise}
      data-due={due ? 'today' : 'later'}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} id={headingId} size="h4">
            {item.name}
          </Title>
          {doneToday && (
            <Badge color="teal.9" variant="filled" style={{ flexShrink: 0 }}>
              Logged
            </Badge>
          )}
        </Group>
        {exercise && (
          <ExerciseIllustration illustration={exercise.illustration} title={`How to do: ${item.name}`} height={130} />
        )}
        <div>
          <Text fw={700}>{volumeText(item, item.perSide === true)}</Text>
          <Text size="sm" c="dimmed">
            {[
              load,
              item.range === undefined ? null : RANGE_TEXT[item.range],
              `keep pain at ${String(item.painCeiling)}/10 or less`,
              week,
            ]
              .filter((x) => x !== null && x !== undefined)
              .join(' · ')}
          </Text>
        </div>
        {item.cues.length > 0 && (
          <List type="ordered" size="sm" spacing={4}>
            {item.cues.map((cue) => (
              <List.Item key={cue}>{cue}</List.Item>
            ))}
          </List>
        )}
        {item.safety.map((s) => (
          <Text key={s} size="sm" pl="xs" style={{ borderLeft: '3px solid var(--mantine-color-orange-7)' }}>
            <b>Take care:</b> {s}
          </Text>
        ))}
        <Checkbox
          size="md"
          label={doneToday ? 'I did it again' : 'I did this'}
          checked={draft !== null}
          onChange={(e) => {
            onDraft(e.currentTarget.checked ? draftFor(item) : null);
          }}
        />
        {draft && (
          <Stack gap="sm" pl={{ base: 0, xs: 'md' }}>
            <Group grow>
              <NumberInput
                label={SETS_LABEL[unit]}
                min={0}
                max={20}
                value={draft.sets}
                onChange={(v) => {
                  set({ sets: Number(v) || 0 });
                }}
                size="md"
              />
              <NumberInput
                label={UNIT_LABEL[unit]}
                min={unit === 'minutes' ? 0.5 : 1}
                max={unit === 'minutes' ? 180 : unit === 'reps' ? 100 : 600}
                step={unit === 'minutes' ? 0.5 : 1}
                value={draft.amount}
                onChange={(v) => {
                  set({ amount: Number(v) || 0 });
                }}
                size="md"
              />
            </Group>
            <RatingScale
              label="Pain while doing it"
              low="no pain"
              high="worst pain"
              value={draft.painDuring}
              onChange={(n) => {
                set({ painDuring: n });
              }}
              error={painError}
            />
            <RatingScale
              label="How hard was it? (optional)"
              low="very easy"
              high="could not do more"
              value={draft.effort}
              onChange={(n) => {
                set({ effort: n });
              }}
            />
          </Stack>
        )}
        {otherErrors.map((e) => (
          <Text key={e} size="sm" c="red.8" role="alert">
            {e}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

// One exercise in the note: done as prescribed, changed (sets and reps), or not done; pain during and effort.
import { unitOf } from '@tandem/engine';
import { Badge, Checkbox, Group, NumberInput, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { doseLabel } from '../plan/labels.ts';
import { ProblemText } from '../plan/ProblemText.tsx';
import type { ExerciseRow } from './prefill.ts';

const UNIT = { reps: 'Reps', holdSeconds: 'Hold (s)', minutes: 'Minutes' } as const;
const rating = (v: string | number): number | null => (typeof v === 'number' ? v : null);

export function ExerciseRowEditor({
  row,
  onChange,
  problems,
}: {
  row: ExerciseRow;
  onChange: (row: ExerciseRow) => void;
  problems: readonly string[] | undefined;
}) {
  const p = row.prescribed;
  const unit = p ? unitOf(p) : 'reps';
  const done = row.status !== 'not_done';
  return (
    <Paper
      withBorder
      p="sm"
      data-exercise={row.exercise}
      style={problems ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Checkbox
            label={row.name}
            fw={500}
            checked={row.include}
            onChange={(e) => {
              onChange({ ...row, include: e.currentTarget.checked });
            }}
          />
          {p ? (
            <Text size="sm" c="dimmed">
              Prescribed: {doseLabel(p)} · pain ceiling {p.painCeiling}/10
            </Text>
          ) : (
            <Badge variant="default">In the clinic only</Badge>
          )}
        </Group>
        {row.include && p && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <SegmentedControl
              aria-label={`How ${row.name} went`}
              value={row.status}
              onChange={(v) => {
                onChange({ ...row, status: v });
              }}
              data={[
                { value: 'as_prescribed', label: 'As prescribed' },
                { value: 'changed', label: 'Changed' },
                { value: 'not_done', label: 'Not done' },
              ]}
            />
            {row.status === 'changed' && (
              <>
                <NumberInput
                  label="Sets"
                  w={80}
                  min={0}
                  max={20}
                  value={row.sets}
                  aria-label={`Sets done of ${row.name}`}
                  onChange={(v) => {
                    if (typeof v === 'number') onChange({ ...row, sets: v });
                  }}
                />
                <NumberInput
                  label={UNIT[unit]}
                  w={96}
                  min={1}
                  max={600}
                  value={row.amount}
                  aria-label={`${UNIT[unit]} done of ${row.name}`}
                  onChange={(v) => {
                    if (typeof v === 'number') onChange({ ...row, amount: v });
                  }}
                />
              </>
            )}
            {done && (
              <>
                <NumberInput
                  label="Pain during (0–10)"
                  w={160}
                  min={0}
                  max={10}
                  value={row.painDuring ?? ''}
                  aria-label={`Pain during ${row.name} (0–10)`}
                  onChange={(v) => {
                    onChange({ ...row, painDuring: rating(v) });
                  }}
                />
                <NumberInput
                  label="Effort (0–10)"
                  w={110}
                  min={0}
                  max={10}
                  value={row.effort ?? ''}
                  aria-label={`Effort of ${row.name} (0–10)`}
                  onChange={(v) => {
                    onChange({ ...row, effort: rating(v) });
                  }}
                />
              </>
            )}
          </Group>
        )}
        {row.include && !p && (
          <Text size="sm" c="dimmed">
            Not in the home program: recorded in the note only.
          </Text>
        )}
        <ProblemText messages={problems} />
      </Stack>
    </Paper>
  );
}

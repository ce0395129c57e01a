// Overriding a progression decision: the clinician sets the exercise's dose for the next sessions, and the home
// program is replaced from the day after the visit (PUT prescription), with the server's problems shown here.
import { EXERCISES_BY_ID, PAIN_CEILING, unitOf, type Prescription } from '@tandem/engine';
import { Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, ok } from '../../api/client.ts';
import { addDays } from '@tandem/engine';

const UNIT = { reps: 'Reps', holdSeconds: 'Hold (s)', minutes: 'Minutes' } as const;
type Dose = Pick<Prescription, 'sets' | 'reps' | 'holdSeconds' | 'minutes' | 'daysPerWeek' | 'painCeiling'>;

export function OverrideForm({
  episodeId,
  date,
  exercise,
  start,
  onDone,
  onCancel,
}: {
  episodeId: string;
  date: string;
  exercise: string;
  start: Dose;
  onDone: (text: string) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const unit = unitOf(start);
  const [dose, setDose] = useState<Dose>(start);
  const validFrom = addDays(date, 1);
  const name = EXERCISES_BY_ID.get(exercise)?.name ?? exercise;
  const save = useMutation({
    mutationFn: async () => {
      const program = await ok(
        api.GET('/api/v1/episodes/{id}/prescription', {
          params: { path: { id: episodeId }, query: { on: validFrom } },
        }),
      );
      const exercises = program.exercises.map(({ name: _n, cues: _c, safety: _s, illustration: _i, ...p }) =>
        p.exercise === exercise ? { ...p, ...dose } : p,
      );
      return ok(
        api.PUT('/api/v1/episodes/{id}/prescription', {
          params: { path: { id: episodeId } },
          body: { validFrom, exercises },
        }),
      );
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['episode', episodeId] });
      onDone(
        `Overridden: ${String(dose.sets)} × ${String(dose[unit] ?? '')} ${UNIT[unit].toLowerCase()}, ${String(dose.daysPerWeek)} days a week, from ${validFrom}.`,
      );
    },
  });
  const problems = save.error instanceof ApiError ? save.error.problems.map((p) => p.message) : [];
  return (
    <Stack gap="xs" p="xs" bg="gray.0" style={{ borderRadius: 6 }}>
      <Text size="sm">
        Set the dose of {name} from {validFrom}:
      </Text>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <NumberInput
          label="Sets"
          w={80}
          min={1}
          max={20}
          value={dose.sets}
          onChange={(v) => {
            if (typeof v === 'number') setDose({ ...dose, sets: v });
          }}
        />
        <NumberInput
          label={UNIT[unit]}
          w={96}
          min={1}
          max={600}
          value={dose[unit] ?? 1}
          onChange={(v) => {
            if (typeof v === 'number') setDose({ ...dose, [unit]: v });
          }}
        />
        <NumberInput
          label="Days/week"
          w={96}
          min={1}
          max={7}
          value={dose.daysPerWeek}
          onChange={(v) => {
            if (typeof v === 'number') setDose({ ...dose, daysPerWeek: v });
          }}
        />
        <NumberInput
          label="Pain ceiling"
          w={110}
          min={0}
          max={PAIN_CEILING}
          value={dose.painCeiling}
          onChange={(v) => {
            if (typeof v === 'number') setDose({ ...dose, painCeiling: v });
          }}
        />
        <Button
          onClick={() => {
            save.mutate();
          }}
          loading={save.isPending}
        >
          Save override
        </Button>
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      </Group>
      {save.error && (
        <Alert color="red" role="alert" title="Not changed">
          {problems.length > 0 ? problems.join(' ') : save.error.message}
        </Alert>
      )}
    </Stack>
  );
}

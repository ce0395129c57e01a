// The Patient-Specific Functional Scale: up to five activities the client names, each rated 0–10, scored live.
import { Button, CloseButton, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { INSTRUMENTS } from '@tandem/engine';
import { errorAt, type FieldErrors } from '../intake/fieldErrors.ts';
import { numberOrUndefined } from '../intake/step.ts';
import { psfsAnswers, type PsfsRow } from './draft.ts';
import { LiveScore, type Previous } from './LiveScore.tsx';

interface Props {
  rows: PsfsRow[];
  onChange: (r: PsfsRow[]) => void;
  onRemove: () => void;
  previous: Previous | undefined;
  errors: FieldErrors;
}

export function PsfsCard({ rows, onChange, onRemove, previous, errors }: Props) {
  const psfs = INSTRUMENTS.psfs;
  const set = (i: number, r: PsfsRow) => {
    onChange(rows.map((x, j) => (j === i ? r : x)));
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="q-psfs">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h5" id="q-psfs">
              {psfs.name}
            </Title>
            <Text size="sm" c="dimmed">
              {psfs.description}
            </Text>
          </div>
          <CloseButton aria-label={`Remove ${psfs.name}`} onClick={onRemove} />
        </Group>
        <LiveScore id="psfs" answers={psfsAnswers(rows)} previous={previous} />
        {rows.map((r, i) => (
          <Group key={i} align="flex-end" gap="sm">
            <TextInput
              label={`Activity ${String(i + 1)}`}
              value={r.activity}
              onChange={(e) => {
                set(i, { ...r, activity: e.currentTarget.value });
              }}
              w={300}
            />
            <NumberInput
              label="Rating (0 unable – 10 as before)"
              min={0}
              max={10}
              allowDecimal={false}
              w={230}
              value={r.score ?? ''}
              error={errorAt(errors, `questionnaires.psfs[${String(i)}]`)}
              onChange={(v) => {
                set(i, { ...r, score: numberOrUndefined(v) ?? null });
              }}
            />
            <CloseButton
              aria-label={`Remove activity ${String(i + 1)}`}
              onClick={() => {
                onChange(rows.filter((_, j) => j !== i));
              }}
            />
          </Group>
        ))}
        {rows.length < 5 && (
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() => {
              onChange([...rows, { activity: '', score: null }]);
            }}
          >
            Add an activity
          </Button>
        )}
      </Stack>
    </Paper>
  );
}

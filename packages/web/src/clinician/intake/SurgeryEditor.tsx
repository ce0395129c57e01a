// Past operations: where, which side and how many weeks ago (recent surgery restricts work near the site).
import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { REGIONS, SIDES } from '@tandem/engine';
import type { Surgery } from './draft.ts';
import { errorAt, type FieldErrors } from './fieldErrors.ts';
import { idOf, optionsOf } from './options.ts';
import { numberOrUndefined, setOptional } from './step.ts';

export function SurgeryEditor({
  surgeries,
  onChange,
  errors,
}: {
  surgeries: readonly Surgery[];
  onChange: (s: Surgery[]) => void;
  errors: FieldErrors;
}) {
  const set = (i: number, s: Surgery) => {
    onChange(surgeries.map((x, j) => (j === i ? s : x)));
  };
  return (
    <Stack gap="xs">
      {surgeries.length === 0 && (
        <Text size="sm" c="dimmed">
          No operation recorded.
        </Text>
      )}
      {surgeries.map((s, i) => {
        const n = String(i + 1);
        const at = (f: string) => errorAt(errors, `history.surgeries[${String(i)}].${f}`);
        return (
          <Group key={i} align="flex-end" gap="sm">
            <Select
              label={`Operation ${n}: region`}
              data={optionsOf(REGIONS)}
              searchable
              value={s.region}
              allowDeselect={false}
              error={at('region')}
              onChange={(v) => {
                set(i, { ...s, region: idOf(REGIONS, v) ?? s.region });
              }}
            />
            <Select
              label="Side"
              data={optionsOf(SIDES)}
              clearable
              value={s.side ?? null}
              w={140}
              onChange={(v) => {
                set(i, setOptional(s, 'side', idOf(SIDES, v)));
              }}
            />
            <NumberInput
              label="Weeks ago"
              min={0}
              w={110}
              value={s.weeksAgo}
              error={at('weeksAgo')}
              onChange={(v) => {
                set(i, { ...s, weeksAgo: numberOrUndefined(v) ?? 0 });
              }}
            />
            <TextInput
              label="What was done"
              value={s.kind ?? ''}
              onChange={(e) => {
                set(i, setOptional(s, 'kind', e.currentTarget.value || undefined));
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`Remove operation ${n}`}
              onClick={() => {
                onChange(surgeries.filter((_, j) => j !== i));
              }}
            >
              ✕
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        onClick={() => {
          onChange([...surgeries, { region: 'knee', weeksAgo: 12 }]);
        }}
      >
        Add an operation
      </Button>
    </Stack>
  );
}

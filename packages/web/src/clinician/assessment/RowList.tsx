// A list of editable rows with "add" and per-row "remove" (palpation, range of motion, strength, tests).
import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props<T> {
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  blank: () => T;
  addLabel: string;
  empty: string;
  what: string;
  render: (row: T, set: (row: T) => void, index: number) => ReactNode;
}

export function RowList<T>({ rows, onChange, blank, addLabel, empty, what, render }: Props<T>) {
  return (
    <Stack gap="xs">
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {rows.map((row, i) => (
        <Group key={i} align="flex-end" gap="sm" wrap="wrap">
          {render(
            row,
            (next) => {
              onChange(rows.map((r, j) => (j === i ? next : r)));
            },
            i,
          )}
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={`Remove ${what} ${String(i + 1)}`}
            onClick={() => {
              onChange(rows.filter((_, j) => j !== i));
            }}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="light"
        size="xs"
        w="fit-content"
        onClick={() => {
          onChange([...rows, blank()]);
        }}
      >
        {addLabel}
      </Button>
    </Stack>
  );
}

// One hands-on technique in the note: done or not, where, how long, how firmly, and how the client responded.
import { INTENSITIES } from '@tandem/engine';
import { Checkbox, Group, NumberInput, Paper, Select, Stack, TextInput } from '@mantine/core';
import { intensityLabel, regionLabel } from '../plan/labels.ts';
import { ProblemText } from '../plan/ProblemText.tsx';
import type { TechniqueRow } from './prefill.ts';

export function TechniqueRowEditor({
  row,
  onChange,
  problems,
}: {
  row: TechniqueRow;
  onChange: (row: TechniqueRow) => void;
  problems: readonly string[] | undefined;
}) {
  return (
    <Paper
      withBorder
      p="sm"
      data-technique={row.technique}
      style={problems ? { borderColor: 'var(--mantine-color-red-7)' } : undefined}
    >
      <Stack gap="xs">
        <Checkbox
          label={row.name}
          fw={500}
          checked={row.include}
          onChange={(e) => {
            onChange({ ...row, include: e.currentTarget.checked });
          }}
        />
        {row.include && (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <Select
              label="Region"
              w={150}
              allowDeselect={false}
              value={row.region}
              data={row.regions.map((r) => ({ value: r, label: regionLabel(r) }))}
              onChange={(v) => {
                if (v !== null) onChange({ ...row, region: v });
              }}
              aria-label={`Region for ${row.name}`}
            />
            <NumberInput
              label="Minutes"
              w={90}
              min={1}
              max={90}
              value={row.minutes}
              aria-label={`Minutes of ${row.name}`}
              onChange={(v) => {
                if (typeof v === 'number') onChange({ ...row, minutes: v });
              }}
            />
            <Select
              label="Pressure"
              w={140}
              allowDeselect={false}
              value={row.intensity}
              data={INTENSITIES.ids.map((i) => ({ value: i, label: intensityLabel(i) }))}
              onChange={(v) => {
                if (v !== null && INTENSITIES.has(v)) onChange({ ...row, intensity: v });
              }}
              aria-label={`Pressure of ${row.name}`}
            />
            <TextInput
              label="Client's response"
              style={{ flex: 1, minWidth: 200 }}
              value={row.response}
              aria-label={`Client's response to ${row.name}`}
              placeholder="e.g. range eased, guarding settled"
              onChange={(e) => {
                onChange({ ...row, response: e.currentTarget.value });
              }}
            />
          </Group>
        )}
        <ProblemText messages={problems} />
      </Stack>
    </Paper>
  );
}

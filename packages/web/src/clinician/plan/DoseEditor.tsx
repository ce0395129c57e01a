// A dose's numbers, editable in place: sets, the set's unit (reps, hold or minutes, as prescribed), days a week, side.
import type { Dose } from '@tandem/engine';
import { Checkbox, Group, NumberInput, TextInput } from '@mantine/core';

const num = (v: string | number, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;

export function DoseEditor({ dose, name, onChange }: { dose: Dose; name: string; onChange: (dose: Dose) => void }) {
  const unit = dose.reps !== undefined ? 'reps' : dose.holdSeconds !== undefined ? 'holdSeconds' : 'minutes';
  const unitLabel = { reps: 'Reps', holdSeconds: 'Hold (s)', minutes: 'Minutes' }[unit];
  const limits = { reps: [1, 50], holdSeconds: [1, 600], minutes: [1, 90] }[unit];
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <NumberInput
        label="Sets"
        aria-label={`Sets of ${name}`}
        w={80}
        min={1}
        max={10}
        value={dose.sets}
        onChange={(v) => {
          onChange({ ...dose, sets: num(v, dose.sets) });
        }}
      />
      <NumberInput
        label={unitLabel}
        aria-label={`${unitLabel} of ${name}`}
        w={96}
        min={limits[0]}
        max={limits[1]}
        value={dose[unit] ?? 1}
        onChange={(v) => {
          onChange({ ...dose, [unit]: num(v, dose[unit] ?? 1) });
        }}
      />
      <NumberInput
        label="Days/week"
        aria-label={`Days a week of ${name}`}
        w={96}
        min={1}
        max={7}
        value={dose.daysPerWeek}
        onChange={(v) => {
          onChange({ ...dose, daysPerWeek: num(v, dose.daysPerWeek) });
        }}
      />
      <TextInput
        label="Load"
        aria-label={`Load of ${name}`}
        w={160}
        value={dose.load ?? ''}
        onChange={(e) => {
          const load = e.currentTarget.value;
          const next = { ...dose };
          if (load === '') delete next.load;
          else next.load = load;
          onChange(next);
        }}
      />
      <Checkbox
        label="Each side"
        aria-label={`${name} each side`}
        checked={dose.perSide}
        onChange={(e) => {
          onChange({ ...dose, perSide: e.currentTarget.checked });
        }}
        mb={8}
      />
    </Group>
  );
}

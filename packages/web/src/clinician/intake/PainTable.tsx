// Each marked region with how much it hurts now and what the pain feels like.
import { NumberInput, Select, Table, Text } from '@mantine/core';
import { PAIN_QUALITIES } from '@tandem/engine';
import { describeRegion } from '../../ui/body-map/BodyMap.tsx';
import type { PainEntry } from './draft.ts';
import { idOf, optionsOf } from './options.ts';
import { numberOrUndefined, setOptional } from './step.ts';

const QUALITIES = optionsOf(PAIN_QUALITIES);

function PainEntryRow({ entry, onChange }: { entry: PainEntry; onChange: (e: PainEntry) => void }) {
  const name = describeRegion(entry);
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{name}</Text>
      </Table.Td>
      <Table.Td>
        <NumberInput
          aria-label={`Pain 0–10, ${name}`}
          min={0}
          max={10}
          allowDecimal={false}
          w={90}
          size="xs"
          value={entry.intensity ?? ''}
          onChange={(v) => {
            onChange(setOptional(entry, 'intensity', numberOrUndefined(v)));
          }}
        />
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={`Quality, ${name}`}
          data={QUALITIES}
          size="xs"
          clearable
          value={entry.quality ?? null}
          onChange={(v) => {
            onChange(setOptional(entry, 'quality', idOf(PAIN_QUALITIES, v)));
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}

export function PainTable({ map, onChange }: { map: readonly PainEntry[]; onChange: (next: PainEntry[]) => void }) {
  if (map.length === 0) return null;
  return (
    <Table striped withTableBorder aria-label="Pain by region">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Region</Table.Th>
          <Table.Th>Pain now (0–10)</Table.Th>
          <Table.Th>What it feels like</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {map.map((entry, i) => (
          <PainEntryRow
            key={entry.region}
            entry={entry}
            onChange={(e) => {
              onChange(map.map((m, j) => (j === i ? e : m)));
            }}
          />
        ))}
      </Table.Tbody>
    </Table>
  );
}

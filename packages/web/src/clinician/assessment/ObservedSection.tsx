// Posture and movement findings: tap what you observe (grouped by body region, labels from the vocabulary).
import { Chip, Group, Stack, Text } from '@mantine/core';
import { MOVEMENT_FINDINGS, POSTURE_FINDINGS, REGIONS, type Region, type Term, type Vocabulary } from '@tandem/engine';

function byRegion<K extends string>(v: Vocabulary<K, Term & { region: Region }>): [Region, K[]][] {
  const groups = new Map<Region, K[]>();
  for (const id of v.ids) groups.set(v.entries[id].region, [...(groups.get(v.entries[id].region) ?? []), id]);
  return [...groups];
}

function FindingChips<K extends string>({
  vocab,
  value,
  onChange,
  label,
}: {
  vocab: Vocabulary<K, Term & { region: Region }>;
  value: readonly K[];
  onChange: (v: K[]) => void;
  label: string;
}) {
  return (
    <Chip.Group
      multiple
      value={[...value]}
      onChange={(v) => {
        onChange(v.filter((x): x is K => vocab.has(x)));
      }}
    >
      <Stack gap={6} role="group" aria-label={label}>
        {byRegion(vocab).map(([region, ids]) => (
          <Group key={region} gap={6} align="center">
            <Text size="xs" fw={700} w={110} c="dimmed">
              {REGIONS.entries[region].label}
            </Text>
            {ids.map((id) => (
              <Chip key={id} value={id} size="sm">
                {vocab.entries[id].label}
              </Chip>
            ))}
          </Group>
        ))}
      </Stack>
    </Chip.Group>
  );
}

export function PostureChips({
  value,
  onChange,
}: {
  value: readonly (typeof POSTURE_FINDINGS.ids)[number][];
  onChange: (v: (typeof POSTURE_FINDINGS.ids)[number][]) => void;
}) {
  return <FindingChips vocab={POSTURE_FINDINGS} value={value} onChange={onChange} label="Posture findings" />;
}

export function MovementChips({
  value,
  onChange,
}: {
  value: readonly (typeof MOVEMENT_FINDINGS.ids)[number][];
  onChange: (v: (typeof MOVEMENT_FINDINGS.ids)[number][]) => void;
}) {
  return <FindingChips vocab={MOVEMENT_FINDINGS} value={value} onChange={onChange} label="Movement findings" />;
}

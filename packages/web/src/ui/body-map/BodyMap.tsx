// A clickable body map, front and back: click or press Enter/Space on a region to mark it (per side for regions that
// have sides). Owned by W2; used by the intake (where it hurts) and the assessment (pain map).
import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Region } from '@tandem/engine';
import { useState } from 'react';
import { BodyFigure } from './BodyFigure.tsx';
import { describeRegion, isPressed, toggleRegion, type Hand, type RegionSide } from './selection.ts';
import type { View } from './shapes.ts';

export { describeRegion, toggleRegion, type RegionSide } from './selection.ts';

interface Props<T extends RegionSide> {
  value: readonly T[];
  onChange: (next: T[]) => void;
  /** Builds a new entry (e.g. adds empty intensity) from the region and side clicked. */
  make: (entry: RegionSide) => T;
  label: string;
}

export function BodyMap<T extends RegionSide>({ value, onChange, make, label }: Props<T>) {
  const narrow = useMediaQuery('(max-width: 36em)');
  const [view, setView] = useState<View>('front');
  const toggle = (region: Region, hand: Hand | null) => {
    onChange(toggleRegion(value, region, hand, make));
  };
  const widespread = isPressed(value, 'widespread', null);
  return (
    <Stack gap="xs" role="group" aria-label={label}>
      {narrow && (
        <SegmentedControl
          value={view}
          onChange={(v) => {
            setView(v === 'back' ? 'back' : 'front');
          }}
          aria-label="Body view"
          data={[
            { value: 'front', label: 'Front' },
            { value: 'back', label: 'Back' },
          ]}
        />
      )}
      <SimpleGrid cols={narrow ? 1 : 2} spacing="xs">
        {(narrow ? [view] : (['front', 'back'] as const)).map((v) => (
          <BodyFigure key={v} view={v} value={value} onToggle={toggle} />
        ))}
      </SimpleGrid>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          Tap a region to mark it; tap the other side too for both sides.
        </Text>
        <Button
          size="compact-sm"
          variant={widespread ? 'filled' : 'default'}
          aria-pressed={widespread}
          onClick={() => {
            toggle('widespread', null);
          }}
        >
          Widespread pain
        </Button>
      </Group>
      <Text size="sm" aria-live="polite">
        {value.length === 0 ? 'No region marked yet.' : `Marked: ${value.map(describeRegion).join(', ')}.`}
      </Text>
    </Stack>
  );
}

// The key under a chart, drawn in HTML (readable, wraps on a phone): lines with their dash, the band, event marks.
import { Group, Text } from '@mantine/core';

export interface LegendItem {
  kind: 'line' | 'band' | 'event' | 'bar';
  label: string;
  color: string;
  dash?: string | undefined;
}

function Swatch({ item }: { item: LegendItem }) {
  switch (item.kind) {
    case 'band':
    case 'bar':
      return (
        <svg width="22" height="12" aria-hidden>
          <rect
            x="1"
            y="1"
            width="20"
            height="10"
            rx="2"
            fill={item.color}
            stroke={item.kind === 'band' ? 'none' : item.color}
          />
        </svg>
      );
    case 'event':
      return (
        <svg width="12" height="14" aria-hidden>
          <line x1="6" y1="0" x2="6" y2="14" stroke={item.color} strokeWidth="2" strokeDasharray="2 2" />
        </svg>
      );
    case 'line':
      return (
        <svg width="26" height="12" aria-hidden>
          <line x1="1" y1="6" x2="25" y2="6" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dash} />
        </svg>
      );
  }
}

export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  if (items.length === 0) return null;
  return (
    <Group gap="md" mt={4} component="ul" style={{ listStyle: 'none', padding: 0 }} aria-label="Key">
      {items.map((item) => (
        <Group key={`${item.kind}-${item.label}`} gap={6} component="li" wrap="nowrap">
          <Swatch item={item} />
          <Text size="xs" c="dimmed">
            {item.label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

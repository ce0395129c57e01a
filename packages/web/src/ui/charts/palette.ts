// The charts' colours: Mantine's palette at shades dark enough for 3:1 against white (WCAG non-text contrast), and
// each series also has its own dash, so lines can be told apart without colour.
import { DEFAULT_THEME } from '@mantine/core';

const c = DEFAULT_THEME.colors;

export const CHART_COLORS = {
  grid: c.gray[3],
  axis: c.gray[7],
  /** The band of change too small to matter. */
  band: c.yellow[2],
  target: c.green[8],
  reference: c.gray[6],
  event: c.grape[7],
  good: c.teal[7],
  warn: c.orange[8],
} as const;

export const SERIES_STYLES: readonly { color: string; dash?: string }[] = [
  { color: c.teal[8] },
  { color: c.indigo[7], dash: '6 3' },
  { color: c.red[8], dash: '2 3' },
  { color: c.orange[8], dash: '8 3 2 3' },
  { color: c.violet[7], dash: '1 4' },
];

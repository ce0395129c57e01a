// Dated items in order, grouped by day: decisions with the rule that made them and why, and anything else dated
// (a visit, a re-assessment) in the same form. Props only; the clinic shows rule ids, the portal may hide them.
import { Code, Group, List, Stack, Text, Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatDay } from './format.ts';
import { ToneBadge } from './ToneBadge.tsx';

export type Tone = 'good' | 'neutral' | 'attention' | 'warning' | 'danger';

export const TONE_COLOR: Readonly<Record<Tone, string>> = {
  good: 'teal',
  neutral: 'gray',
  attention: 'blue',
  warning: 'orange',
  danger: 'red',
};
const RANK: Readonly<Record<Tone, number>> = { neutral: 0, good: 1, attention: 2, warning: 3, danger: 4 };

export interface TimelineEntry {
  key: string;
  /** ISO day. */
  date: string;
  title: string;
  badge?: { label: string; tone: Tone } | undefined;
  rationale?: string | undefined;
  ruleId?: string | undefined;
  /** What the decision suggests doing next. */
  suggestions?: readonly string[] | undefined;
  detail?: ReactNode;
}

export interface DecisionTimelineProps {
  entries: readonly TimelineEntry[];
  /** Newest first (the default) or oldest first. */
  order?: 'newest' | 'oldest';
  showRules?: boolean;
  /** The heading level of each day (the page's own heading order decides). */
  dayHeading?: 'h3' | 'h4' | 'h5';
}

function groupByDay(entries: readonly TimelineEntry[], order: 'newest' | 'oldest'): [string, TimelineEntry[]][] {
  const days = new Map<string, TimelineEntry[]>();
  for (const e of entries) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  return [...days].sort(([a], [b]) => (order === 'newest' ? b.localeCompare(a) : a.localeCompare(b)));
}

function Entry({ entry, showRules }: { entry: TimelineEntry; showRules: boolean }) {
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {entry.title}
        </Text>
        {entry.badge && (
          <ToneBadge size="sm" color={TONE_COLOR[entry.badge.tone]}>
            {entry.badge.label}
          </ToneBadge>
        )}
        {showRules && entry.ruleId !== undefined && (
          <Code fz="xs" c="gray.8">
            {entry.ruleId}
          </Code>
        )}
      </Group>
      {entry.rationale !== undefined && <Text size="sm">{entry.rationale}</Text>}
      {entry.suggestions !== undefined && entry.suggestions.length > 0 && (
        <List size="sm" spacing={2} withPadding>
          {entry.suggestions.map((s) => (
            <List.Item key={s}>{s}</List.Item>
          ))}
        </List>
      )}
      {entry.detail}
    </Stack>
  );
}

export function DecisionTimeline({
  entries,
  order = 'newest',
  showRules = true,
  dayHeading = 'h3',
}: DecisionTimelineProps) {
  const days = groupByDay(entries, order);
  return (
    <Timeline bulletSize={14} lineWidth={2} active={-1}>
      {days.map(([date, items]) => {
        const tone = items.reduce<Tone>(
          (worst, e) => (e.badge && RANK[e.badge.tone] > RANK[worst] ? e.badge.tone : worst),
          'neutral',
        );
        return (
          <Timeline.Item
            key={date}
            color={TONE_COLOR[tone]}
            bullet={<span />}
            styles={{
              itemBullet: {
                backgroundColor: `var(--mantine-color-${TONE_COLOR[tone]}-${tone === 'neutral' ? '5' : '7'})`,
                borderColor: 'white',
              },
            }}
            title={
              <Text component={dayHeading} size="sm" fw={700} m={0}>
                {formatDay(date)}
              </Text>
            }
          >
            <Stack gap="sm" mt={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {items.map((e) => (
                <li key={e.key}>
                  <Entry entry={e} showRules={showRules} />
                </li>
              ))}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

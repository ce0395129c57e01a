// Clients who need the clinician now, most urgent first: what happened, since when, the rule that raised it and
// why, each linking to the client's page.
import { Anchor, Code, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { Ok } from '../../api/types.ts';
import { TONE_COLOR } from '../../ui/charts/DecisionTimeline.tsx';
import { decisionLabel } from '../../ui/charts/decisions.ts';
import { formatDay } from '../../ui/charts/format.ts';
import { ToneBadge } from '../../ui/charts/ToneBadge.tsx';

export type AttentionItem = Ok<'/api/v1/attention', 'get'>[number];

const SEVERITY = { high: 'Urgent', medium: 'Soon', low: 'When convenient' } as const;

function Item({ item }: { item: AttentionItem }) {
  const { label, tone } = decisionLabel(item.decision);
  const color = TONE_COLOR[tone];
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      radius="md"
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-7)` }}
    >
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Anchor component={Link} to={`/clinic/clients/${item.clientId}`} fw={700}>
            {item.clientName}
          </Anchor>
          <ToneBadge color={color}>{label}</ToneBadge>
        </Group>
        <Text size="sm">{item.rationale}</Text>
        <Group gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            Since {formatDay(item.since)} · {SEVERITY[item.severity]} · rule
          </Text>
          <Code fz="xs" c="gray.8">
            {item.ruleId}
          </Code>
          <Anchor component={Link} to={`/clinic/episodes/${item.episodeId}/progress`} size="xs">
            See progress<VisuallyHidden> of {item.clientName}</VisuallyHidden>
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}

export function AttentionList({ items }: { items: readonly AttentionItem[] }) {
  if (items.length === 0) return <Text c="dimmed">No client needs attention right now.</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item) => (
        <Item key={`${item.episodeId}-${item.decision}`} item={item} />
      ))}
    </Stack>
  );
}

// The phases in order (settle → restore → load → maintain): a week strip to see the shape at a glance, then each
// phase's dose of care, goals, the criteria to enter and leave it, and when the safety limits change.
import type { Plan } from '@tandem/engine';
import { Badge, Box, Card, Group, List, SimpleGrid, Stack, Text, Title, Tooltip } from '@mantine/core';
import { PHASE_COLOURS } from './labels.ts';
import { Why } from './Why.tsx';

function WeekStrip({ phases }: { phases: Plan['phases'] }) {
  const total = phases.reduce((n, p) => Math.max(n, p.startWeek + p.weeks - 1), 0);
  return (
    <Group gap={2} wrap="nowrap" aria-hidden="true">
      {phases.map((p) => (
        <Tooltip key={p.id} label={`${p.title}: weeks ${String(p.startWeek)}–${String(p.startWeek + p.weeks - 1)}`}>
          <Box
            h={28}
            style={{
              flex: p.weeks / Math.max(total, 1),
              borderRadius: 4,
              background: `var(--mantine-color-${PHASE_COLOURS[p.id]}-${p.id === 'maintain' ? '2' : '1'})`,
              border: `1px solid var(--mantine-color-${PHASE_COLOURS[p.id]}-7)`,
            }}
          >
            <Text size="xs" fw={600} px={6} lh="26px" truncate>
              {p.title}
            </Text>
          </Box>
        </Tooltip>
      ))}
    </Group>
  );
}

function Criteria({ title, items }: { title: string; items: Plan['phases'][number]['entryCriteria'] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm">
        {items.map((c) => (
          <List.Item key={c.text}>{c.text}</List.Item>
        ))}
      </List>
    </div>
  );
}

export function Phases({ phases, current }: { phases: Plan['phases']; current: string | null }) {
  return (
    <Stack gap="sm">
      <WeekStrip phases={phases} />
      <SimpleGrid cols={{ base: 1, sm: 2, xl: 4 }}>
        {phases.map((p, i) => (
          <Card key={p.id} withBorder style={{ borderTop: `4px solid var(--mantine-color-${PHASE_COLOURS[p.id]}-7)` }}>
            <Group justify="space-between" gap={4}>
              <Title order={3} size="h5">
                {String(i + 1)}. {p.title}
              </Title>
              {current === p.id && <Badge color="teal.9">Now</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              Weeks {p.startWeek}–{p.startWeek + p.weeks - 1} · {p.visitsPerWeek} visit
              {p.visitsPerWeek === 1 ? '' : 's'}/week
            </Text>
            {p.limitsChange && (
              <Box mt={4} data-testid="phase-limits-change">
                <Text size="sm" fw={600} c="#a5410d">
                  Safety limits change from week {p.startWeek}
                </Text>
                <Why ruleId={p.limitsChange.ruleId} rationale={p.limitsChange.rationale} label="What changes?" />
              </Box>
            )}
            <Group gap={6} mt={6} align="center">
              <Text size="xs">Hands-on {Math.round(p.manualShare * 100)}%</Text>
              <Box
                style={{ flex: 1, height: 8, borderRadius: 4, background: 'var(--mantine-color-teal-1)' }}
                aria-hidden="true"
              >
                <Box
                  style={{
                    width: `${String(p.manualShare * 100)}%`,
                    height: 8,
                    borderRadius: 4,
                    background: 'var(--mantine-color-violet-6)',
                  }}
                />
              </Box>
              <Text size="xs">Active {Math.round((1 - p.manualShare) * 100)}%</Text>
            </Group>
            <Stack gap={6} mt="sm">
              <div>
                <Text size="sm" fw={600}>
                  Goals
                </Text>
                <List size="sm">
                  {p.goals.map((g) => (
                    <List.Item key={g}>{g}</List.Item>
                  ))}
                </List>
              </div>
              <Criteria title="Entry" items={p.entryCriteria} />
              <Criteria title="Exit" items={p.exitCriteria} />
              <Why ruleId={p.ruleId} rationale={p.rationale} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

// Every saved version of the plan: who, when and why.
import { Badge, Group, Stack, Text, Timeline } from '@mantine/core';
import type { PlanVersionSummary } from './queries.ts';

export function Versions({ versions, current }: { versions: readonly PlanVersionSummary[]; current: number }) {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="version-count">
        {versions.length} version{versions.length === 1 ? '' : 's'}
      </Text>
      <Timeline active={0} bulletSize={18} lineWidth={2}>
        {newestFirst.map((v) => (
          <Timeline.Item
            key={v.version}
            title={
              <Group gap={6}>
                <Text size="sm" fw={600}>
                  Version {v.version}
                </Text>
                {v.version === current && (
                  <Badge size="xs" color="teal.9">
                    current
                  </Badge>
                )}
              </Group>
            }
          >
            <Text size="sm">{v.reason ?? 'no reason given'}</Text>
            <Text size="xs" c="dimmed">
              {v.createdBy.name} · {new Date(v.createdAt).toLocaleString()}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

// One headline figure of the clinic's outcomes: the number, what it counts, and the rule behind it.
import { Code, Group, Paper, RingProgress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function StatCard({
  label,
  value,
  detail,
  ratio,
  ruleId,
}: {
  label: string;
  value: string;
  detail: ReactNode;
  ratio?: number | null;
  ruleId?: string;
}) {
  return (
    <Paper withBorder p="md" radius="md" component="li">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={4}>
          <Text size="sm" fw={600} c="gray.8">
            {label}
          </Text>
          <Text fz={32} fw={700} lh={1.1}>
            {value}
          </Text>
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
          {ruleId !== undefined && (
            <Group gap={4}>
              <Text size="xs" c="dimmed">
                rule
              </Text>
              <Code fz="xs" c="gray.8">
                {ruleId}
              </Code>
            </Group>
          )}
        </Stack>
        {ratio !== undefined && ratio !== null && (
          <RingProgress
            size={72}
            thickness={8}
            roundCaps
            sections={[{ value: ratio * 100, color: 'teal.7' }]}
            aria-hidden
          />
        )}
      </Group>
    </Paper>
  );
}

// What the current phase asks for before moving on, each criterion met or not with the figure behind it.
import { Group, List, Text, ThemeIcon } from '@mantine/core';
import type { Progress } from '../queries.ts';

export function PhaseExit({ checks }: { checks: NonNullable<Progress['phaseExit']> }) {
  return (
    <List spacing="xs" listStyleType="none" withPadding={false}>
      {checks.map((c) => (
        <List.Item key={`${c.measure}-${c.text}`}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <ThemeIcon
              size="sm"
              radius="xl"
              color={c.met ? 'teal' : 'gray'}
              variant={c.met ? 'filled' : 'light'}
              aria-hidden
            >
              {c.met ? '✓' : '·'}
            </ThemeIcon>
            <div>
              <Text size="sm" fw={600}>
                {c.text}{' '}
                <Text span size="sm" c={c.met ? 'teal.9' : 'gray.8'}>
                  ({c.met ? 'met' : 'not yet'})
                </Text>
              </Text>
              <Text size="xs" c="dimmed">
                {c.detail}
              </Text>
            </div>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

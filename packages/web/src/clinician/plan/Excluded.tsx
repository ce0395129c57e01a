// What the generator left out, and the rule that did it (a restriction from screening, or outside the clinician's scope).
import type { Plan } from '@tandem/engine';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { Why } from './Why.tsx';

export function Excluded({ excluded }: { excluded: Plan['excluded'] }) {
  if (excluded.length === 0) return <Text size="sm">Nothing was left out.</Text>;
  return (
    <Stack gap="xs">
      {excluded.map((x) => (
        <div key={`${x.kind}-${x.id}`}>
          <Group gap={6}>
            <Badge size="sm" color={x.reason === 'restriction' ? 'red.9' : 'gray.8'}>
              {x.reason === 'restriction' ? 'Restricted' : 'Out of scope'}
            </Badge>
            <Text size="sm" td="line-through">
              {x.name}
            </Text>
            <Text size="xs" c="dimmed">
              {x.kind}
            </Text>
          </Group>
          <Why ruleId={x.ruleIds} rationale={x.rationale} />
        </div>
      ))}
    </Stack>
  );
}

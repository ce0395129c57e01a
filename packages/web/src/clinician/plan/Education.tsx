// Education topics the plan assigns, and equipment the program needs.
import type { Plan } from '@tandem/engine';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { equipmentLabel } from './labels.ts';
import { Why } from './Why.tsx';

export function Education({ education, equipment }: { education: Plan['education']; equipment: Plan['equipment'] }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {education.map((e) => (
          <Card key={e.topic} withBorder>
            <Title order={3} size="h5">
              {e.title}
            </Title>
            <Text size="sm" mt={4}>
              {e.summary}
            </Text>
            <Why ruleId={e.ruleId} rationale={e.rationale} />
          </Card>
        ))}
      </SimpleGrid>
      {equipment.length > 0 && (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            Equipment
          </Text>
          {equipment.map((q) => (
            <Badge
              key={q.equipment}
              variant={q.clientHas ? 'default' : 'filled'}
              color={q.clientHas ? 'teal.9' : '#a5410d'}
              tt="none"
            >
              {equipmentLabel(q.equipment)}
              {q.clientHas ? '' : ' (client needs one)'}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

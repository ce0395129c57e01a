// SMART goals (measure, baseline → target by a date) and when each measure is repeated.
import type { Plan } from '@tandem/engine';
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Why } from './Why.tsx';

const fmt = (v: number | string): string => (typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);

export function Goals({ goals, measures }: { goals: Plan['goals']; measures: Plan['measures'] }) {
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {goals.map((g) => (
          <Card key={`${g.measure}-${g.description}`} withBorder>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Text size="sm" fw={500}>
                {g.description}
              </Text>
              <Badge variant="default" tt="none" style={{ flexShrink: 0 }}>
                {g.measure}
              </Badge>
            </Group>
            <Group gap="md" mt={6}>
              <Text size="sm">
                Baseline <b>{fmt(g.baseline)}</b>
              </Text>
              <Text size="sm" aria-hidden="true">
                →
              </Text>
              <Text size="sm">
                Target <b>{fmt(g.target)}</b>
              </Text>
              <Text size="sm" c="dimmed">
                by {g.date} ({g.weeks} weeks)
              </Text>
            </Group>
            <Why ruleId={g.ruleId} rationale={g.rationale} />
          </Card>
        ))}
      </SimpleGrid>
      {measures.length > 0 && (
        <div>
          <Title order={3} size="h5" mb={4}>
            Measures and when they are repeated
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Measure</Table.Th>
                  <Table.Th>Baseline</Table.Th>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {measures.map((m) => (
                  <Table.Tr key={m.measure}>
                    <Table.Td>{m.measure}</Table.Td>
                    <Table.Td>{m.baseline === null ? '—' : fmt(m.baseline)}</Table.Td>
                    <Table.Td>{m.when}</Table.Td>
                    <Table.Td>
                      <Why ruleId={m.ruleId} rationale={m.rationale} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </Stack>
  );
}

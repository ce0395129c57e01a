// One visit's shape: three blocks with their minutes as a stacked bar, then what is done in each (and how the client
// is positioned for hands-on work when screening rules positions out), and why.
import type { Plan, VisitItem } from '@tandem/engine';
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { BLOCK_COLOURS, BLOCK_LABELS, doseLabel, intensityLabel, positionLabel } from './labels.ts';
import { ProblemText } from './ProblemText.tsx';
import { Why } from './Why.tsx';

function Item({ item, problems }: { item: VisitItem; problems: ReadonlyMap<string, string[]> }) {
  const id = item.kind === 'technique' ? item.technique : item.exercise;
  return (
    <div>
      <Group gap={6} justify="space-between" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={500}>
          {item.name}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {item.minutes} min
        </Text>
      </Group>
      {item.kind === 'technique' ? (
        <Group gap={4}>
          <Text size="xs" c="dimmed">
            {intensityLabel(item.intensity)} pressure
          </Text>
          {item.modified && (
            <Badge size="xs" color="#a5410d">
              Modified for safety
            </Badge>
          )}
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {doseLabel(item.dosage)}
        </Text>
      )}
      <ProblemText messages={problems.get(id)} />
      <Why ruleId={item.ruleId} rationale={item.rationale} />
      {item.kind === 'technique' && item.position && (
        <div data-testid="technique-position">
          <Text size="sm">Position: {positionLabel(item.position.decision)}</Text>
          <Why ruleId={item.position.ruleId} rationale={item.position.rationale} label="Why this position?" />
        </div>
      )}
    </div>
  );
}

export function VisitTemplate({
  visit,
  phaseTitle,
  problems,
}: {
  visit: NonNullable<Plan['visit']>;
  phaseTitle: string;
  problems: ReadonlyMap<string, string[]>;
}) {
  return (
    <Stack gap="sm">
      <Text size="sm">
        A {visit.minutes}-minute visit in the {phaseTitle.toLowerCase()} phase:
      </Text>
      <Progress.Root size={28} aria-label="Minutes per block of the visit">
        {visit.blocks.map((b) => (
          <Progress.Section
            key={b.kind}
            value={(b.minutes / Math.max(visit.minutes, 1)) * 100}
            color={BLOCK_COLOURS[b.kind]}
            aria-label={`${BLOCK_LABELS[b.kind]}: ${String(b.minutes)} minutes`}
          >
            <Progress.Label c={b.kind === 'warm_up' ? 'dark.9' : 'white'} fz="xs">
              {BLOCK_LABELS[b.kind]} · {b.minutes} min
            </Progress.Label>
          </Progress.Section>
        ))}
      </Progress.Root>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {visit.blocks.map((b) => (
          <Card
            key={b.kind}
            withBorder
            style={{ borderTop: `4px solid var(--mantine-color-${BLOCK_COLOURS[b.kind].replace('.', '-')})` }}
          >
            <Group justify="space-between">
              <Title order={3} size="h5">
                {BLOCK_LABELS[b.kind]}
              </Title>
              <Text size="sm" fw={600}>
                {b.minutes} min
              </Text>
            </Group>
            <Stack gap="xs" mt="xs">
              {b.items.length === 0 && (
                <Text size="sm" c="dimmed">
                  Nothing in this block.
                </Text>
              )}
              {b.items.map((item, i) => (
                <Item key={`${item.kind}-${String(i)}`} item={item} problems={problems} />
              ))}
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

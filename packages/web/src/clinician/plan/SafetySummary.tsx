// The top of the plan: how irritable the problem is, and what the safety screen restricts, with each rule's reason.
import { describeExerciseLimit, type Plan } from '@tandem/engine';
import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { intensityLabel, regionLabel, techniqueCategoryLabel } from './labels.ts';
import { Why } from './Why.tsx';

const IRRITABILITY_COLOUR = { high: 'red.9', moderate: '#a5410d', low: 'teal.9' } as const;

export function SafetySummary({
  plan,
  conflicts,
}: {
  plan: Plan;
  conflicts: readonly { field: string; message: string }[];
}) {
  return (
    <Stack gap="sm">
      {plan.referral && (
        <Alert color="red" title={`Referral (${plan.referral.urgency})`}>
          <List size="sm">
            {plan.referral.reasons.map((r) => (
              <List.Item key={r}>{r}</List.Item>
            ))}
          </List>
          <Text size="xs" mt={4}>
            Rules: {plan.referral.ruleIds.join(', ')}
          </Text>
        </Alert>
      )}
      {conflicts.length > 0 && (
        <Alert color="red" title="The intake changed: this plan now has items the screening restricts">
          <List size="sm">
            {conflicts.map((c) => (
              <List.Item key={c.field}>{c.message}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h4">
            Screening summary
          </Title>
          <Group gap="xs" mt="xs">
            <Text size="sm">Irritability</Text>
            <Badge color={IRRITABILITY_COLOUR[plan.irritability.decision]}>{plan.irritability.decision}</Badge>
          </Group>
          <Why ruleId={plan.irritability.ruleId} rationale={plan.irritability.rationale} />
          {plan.reassessEverySessions !== null && (
            <Text size="sm" mt="xs">
              Re-assess every {plan.reassessEverySessions} visits.
            </Text>
          )}
          {plan.notices.length > 0 && (
            <Stack gap={4} mt="xs">
              <Text size="sm" fw={600}>
                To check and document
              </Text>
              {plan.notices.map((n, i) => (
                <Text key={i} size="sm">
                  • {n.rationale}{' '}
                  <Text span size="xs" c="dimmed">
                    ({n.ruleId})
                  </Text>
                </Text>
              ))}
            </Stack>
          )}
        </Card>
        <Card withBorder>
          <Title order={3} size="h4">
            Restrictions
          </Title>
          {plan.restrictions.length === 0 && plan.exerciseLimits.length === 0 && (
            <Text size="sm" mt="xs">
              The safety screen restricts no technique or exercise.
            </Text>
          )}
          <Stack gap="xs" mt="xs">
            {plan.restrictions.map((r, i) => (
              <div key={`r${String(i)}`}>
                <Group gap={6}>
                  <Badge color={r.action === 'avoid' ? 'red.9' : '#a5410d'}>
                    {r.action === 'avoid' ? 'Avoid' : `Modify: ${intensityLabel(r.maxIntensity ?? 'gentle')} at most`}
                  </Badge>
                  <Text size="sm">
                    {r.categories.map(techniqueCategoryLabel).join(', ')}
                    {r.regions ? ` (${r.regions.map(regionLabel).join(', ')})` : ''}
                  </Text>
                </Group>
                <Why ruleId={r.ruleId} rationale={r.rationale} />
              </div>
            ))}
            {plan.exerciseLimits.map((l, i) => (
              <div key={`l${String(i)}`}>
                <Group gap={6}>
                  <Badge color="#a5410d">Exercise limit</Badge>
                  <Text size="sm">{describeExerciseLimit(l)}</Text>
                </Group>
                <Why ruleId={l.ruleId} rationale={l.rationale} />
              </div>
            ))}
          </Stack>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

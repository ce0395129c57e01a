// After discharge: the maintenance program, the advice, and the check-ins booked.
import { Alert, Card, List, Stack, Text, Title } from '@mantine/core';
import { EXERCISES_BY_ID } from '@tandem/engine';
import { doseLabel } from '../plan/labels.ts';
import type { Discharged } from './DischargeForm.tsx';

export function DischargeResult({ result }: { result: Discharged }) {
  return (
    <Stack gap="md">
      <Alert color="teal" title={`Discharged on ${result.episode.dischargedOn}`} role="status">
        The maintenance program is now the client's home program.
      </Alert>
      <Card withBorder>
        <Title order={2} size="h3">
          Maintenance program
        </Title>
        <List size="sm" mt="xs">
          {result.maintenance.exercises.map((p) => (
            <List.Item key={p.exercise}>
              {EXERCISES_BY_ID.get(p.exercise)?.name ?? p.exercise}: {doseLabel(p)}
            </List.Item>
          ))}
        </List>
        {result.maintenance.advice.length > 0 && (
          <>
            <Title order={3} size="h5" mt="sm">
              Advice
            </Title>
            <List size="sm">
              {result.maintenance.advice.map((a) => (
                <List.Item key={a}>{a}</List.Item>
              ))}
            </List>
          </>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h3">
          Follow-up check-ins
        </Title>
        <List size="sm" mt="xs">
          {result.checkIns.map((c) => (
            <List.Item key={c.id}>
              {new Date(c.startsAt).toLocaleString()} · {c.minutes} min ·{' '}
              {c.kind === 'telehealth' ? 'video' : 'in person'}
            </List.Item>
          ))}
        </List>
        {result.checkIns.length === 0 && <Text size="sm">None booked.</Text>}
      </Card>
    </Stack>
  );
}

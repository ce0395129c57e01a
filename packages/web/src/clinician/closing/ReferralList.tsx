// The episode's referrals, newest first.
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Ok } from '../../api/types.ts';
import { PdfLink } from '../plan/PdfLink.tsx';

type Referral = Ok<'/api/v1/episodes/{id}/referrals', 'get'>[number];
const COLOUR = { emergency: 'red.9', urgent: '#a5410d', routine: 'teal.9' } as const;

export function ReferralList({ episodeId, referrals }: { episodeId: string; referrals: readonly Referral[] }) {
  const sorted = [...referrals].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Referrals ({referrals.length})
      </Title>
      {sorted.length === 0 && <Text size="sm">No referral yet in this episode.</Text>}
      {sorted.map((r) => (
        <Card key={r.id} withBorder component="article" aria-label={`Referral to ${r.to}`}>
          <Group justify="space-between">
            <Text fw={600}>{r.to}</Text>
            <Badge color={COLOUR[r.urgency]}>{r.urgency}</Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {new Date(r.createdAt).toLocaleString()}
          </Text>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
            {r.reason}
          </Text>
          <Group mt="xs">
            <PdfLink href={`/api/v1/episodes/${episodeId}/referrals/${r.id}/letter.pdf`}>{`Letter to ${r.to}`}</PdfLink>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

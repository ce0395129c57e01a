// The education topics the clinician assigned, in the order given, each with its summary and points to act on.
import { Accordion, List, Stack, Text, Title } from '@mantine/core';
import { formatDay } from '../ui/charts/format.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { useEducation, type Episode } from './data.ts';
import { EpisodeGate } from './EpisodeGate.tsx';

function LearnFor({ episode }: { episode: Episode }) {
  const topics = useEducation(episode.id);
  return (
    <QueryState query={topics}>
      {(list) =>
        list.length === 0 ? (
          <Text>Your clinician has not shared any reading with you yet.</Text>
        ) : (
          <Accordion variant="separated" radius="md" chevronPosition="right">
            {[...list]
              .sort((a, b) => a.assignedOn.localeCompare(b.assignedOn))
              .map((t) => (
                <Accordion.Item key={t.id} value={t.id}>
                  <Accordion.Control>
                    <Text fw={700}>{t.title}</Text>
                    <Text size="xs" c="dimmed">
                      Shared by {t.assignedBy.name} on {formatDay(t.assignedOn)}
                    </Text>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Text mb="sm">{t.summary}</Text>
                    <List spacing="xs">
                      {t.keyPoints.map((k) => (
                        <List.Item key={k}>{k}</List.Item>
                      ))}
                    </List>
                  </Accordion.Panel>
                </Accordion.Item>
              ))}
          </Accordion>
        )
      }
    </QueryState>
  );
}

export default function LearnPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Learn</Title>
      <Text c="dimmed">Short reads your clinician chose for you. Tap a topic to open it.</Text>
      <EpisodeGate>{(episode) => <LearnFor episode={episode} />}</EpisodeGate>
    </Stack>
  );
}

// A client's page: who they are, their episodes of care, and for the episode in view its summary, the links to
// each step of care, and the timeline of everything recorded.
import { ageOn } from '@tandem/engine';
import { Anchor, Breadcrumbs, Button, Grid, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { QueryState } from '../ui/QueryState.tsx';
import { formatDay, localDay } from '../ui/charts/format.ts';
import { EpisodeActions } from './overview/EpisodeActions.tsx';
import { EpisodeSummary } from './overview/EpisodeSummary.tsx';
import { EpisodeTimeline } from './overview/EpisodeTimeline.tsx';
import { PainSparkline } from './overview/PainSparkline.tsx';
import { currentEpisode, useClient, useEpisodes, useProgress, type Client, type Episode } from './overview/queries.ts';
import { ToneBadge } from '../ui/charts/ToneBadge.tsx';

const SEX: Readonly<Record<string, string>> = { female: 'Female', male: 'Male', other: 'Other' };

function ClientFacts({ client }: { client: Client }) {
  const facts = [
    client.dateOfBirth === null
      ? null
      : `${String(ageOn(client.dateOfBirth, localDay(new Date())))} years (born ${formatDay(client.dateOfBirth)})`,
    client.sex === null ? null : (SEX[client.sex] ?? null),
    client.email,
  ].filter((f) => f !== null);
  return (
    <Group gap="xs">
      <Text c="dimmed">{facts.join(' · ')}</Text>
      {client.userId !== null && <ToneBadge color="indigo">Uses the client portal</ToneBadge>}
    </Group>
  );
}

function EpisodeView({ episode }: { episode: Episode }) {
  const progress = useProgress(episode.id);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="episode-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="episode-title">
            Episode of care from {formatDay(episode.startedOn)}
          </Title>
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <Stack gap="md">
                <EpisodeSummary episode={episode} progress={progress.data} />
                <EpisodeActions episode={episode} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              {progress.data && <PainSparkline progress={progress.data} />}
            </Grid.Col>
          </Grid>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="timeline-title">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h3" id="timeline-title">
              Timeline
            </Title>
            <Text size="sm" c="dimmed">
              Visits, home logs, measures and the decisions that changed the program. Every decision, including each
              dose kept, is on the progress page.
            </Text>
          </div>
          <EpisodeTimeline episode={episode} progress={progress.data} />
        </Stack>
      </Paper>
    </Stack>
  );
}

export default function ClientPage() {
  const { clientId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const client = useClient(clientId);
  const episodes = useEpisodes(clientId);
  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs>
        <Anchor component={Link} to="/clinic/clients">
          Clients
        </Anchor>
        <Text>{client.data?.name ?? 'Client'}</Text>
      </Breadcrumbs>
      <QueryState query={client}>
        {(c) => (
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1}>{c.name}</Title>
              <ClientFacts client={c} />
            </div>
            <Button component={Link} to={`/clinic/clients/new?client=${c.id}`} variant="default">
              Start a new episode
            </Button>
          </Group>
        )}
      </QueryState>
      <QueryState query={episodes}>
        {(list) => {
          const chosen = list.find((e) => e.id === params.get('episode')) ?? currentEpisode(list);
          if (!chosen) {
            return (
              <Paper withBorder p="md" radius="md">
                <Text>No episode of care yet. Start one with an intake.</Text>
              </Paper>
            );
          }
          return (
            <>
              {list.length > 1 && (
                <Select
                  label="Episode"
                  maw={360}
                  allowDeselect={false}
                  value={chosen.id}
                  data={[...list]
                    .sort((a, b) => b.startedOn.localeCompare(a.startedOn))
                    .map((e) => ({
                      value: e.id,
                      label: `From ${formatDay(e.startedOn)}${e.status === 'active' ? ' (active)' : ' (discharged)'}`,
                    }))}
                  onChange={(id) => {
                    if (id !== null) setParams({ episode: id }, { replace: true });
                  }}
                />
              )}
              <EpisodeView key={chosen.id} episode={chosen} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

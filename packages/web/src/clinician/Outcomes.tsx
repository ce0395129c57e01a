// The clinic's outcomes, for the owner: the share of episodes reaching a meaningful change on their primary
// measure, visits per episode, home-program adherence, and the change on each instrument, from GET /clinic/outcomes.
import { Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { OUTCOME_RULES } from '@tandem/engine';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ok } from '../api/client.ts';
import { useSession } from '../auth/session.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { formatDay, formatNumber, formatPercent } from '../ui/charts/format.ts';
import { InstrumentChart, InstrumentTable, ThresholdSources } from './overview/outcomes/InstrumentOutcomes.tsx';
import { StatCard } from './overview/outcomes/StatCard.tsx';

type Outcomes = Awaited<ReturnType<typeof fetchOutcomes>>;

const fetchOutcomes = (asOf: string) =>
  ok(api.GET('/api/v1/clinic/outcomes', { params: { query: asOf === '' ? {} : { asOf } } }));

function Figures({ o }: { o: Outcomes }) {
  const p = o.primaryMeasure;
  return (
    <Stack gap="md">
      <SimpleGrid
        cols={{ base: 1, sm: 2, lg: 4 }}
        spacing="md"
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        <StatCard
          label="Reached a meaningful change"
          ratio={p.share}
          ruleId={OUTCOME_RULES.primaryMeasure}
          value={p.share === null ? '–' : formatPercent(p.share)}
          detail={`${String(p.improved)} of ${String(p.measured)} episodes measured twice on their main measure; ${String(p.notMeasured)} not yet re-measured`}
        />
        <StatCard
          label="Of discharged episodes"
          ratio={p.discharged.share}
          value={p.discharged.share === null ? '–' : formatPercent(p.discharged.share)}
          detail={
            o.episodes.discharged === 0
              ? 'No episode discharged yet'
              : `${String(p.discharged.improved)} of ${String(p.discharged.measured)} discharged episodes measured twice`
          }
        />
        <StatCard
          label="Visits per episode"
          value={o.visits.perEpisode === null ? '–' : formatNumber(o.visits.perEpisode)}
          detail={`${String(o.visits.total)} visits in all${o.visits.perDischargedEpisode === null ? '' : `; ${formatNumber(o.visits.perDischargedEpisode)} per discharged episode`}`}
        />
        <StatCard
          label="Home program done"
          ratio={o.adherence.mean}
          ruleId={OUTCOME_RULES.adherence}
          value={o.adherence.mean === null ? '–' : formatPercent(o.adherence.mean)}
          detail={`Mean over ${String(o.adherence.episodes)} episodes with a home program`}
        />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="instruments-title">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h3" id="instruments-title">
              By instrument
            </Title>
            <Text size="sm" c="dimmed">
              First score against the latest in each episode, judged against the instrument's smallest change that
              matters (its MCID, or its measurement error when larger).
            </Text>
          </div>
          <InstrumentChart instruments={o.instruments} />
          <InstrumentTable instruments={o.instruments} />
          <ThresholdSources instruments={o.instruments} />
        </Stack>
      </Paper>
    </Stack>
  );
}

export default function OutcomesPage() {
  const { user } = useSession();
  const [asOf, setAsOf] = useState('');
  const query = useQuery({
    queryKey: ['outcomes', asOf],
    queryFn: () => fetchOutcomes(asOf),
    enabled: user.role === 'owner',
  });
  if (user.role !== 'owner') {
    return (
      <Stack>
        <Title order={1}>Clinic outcomes</Title>
        <Text>The clinic's outcome figures are for the clinic's owner.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Clinic outcomes</Title>
          {query.data && (
            <Text c="dimmed">
              As of {formatDay(query.data.asOf)} · {query.data.episodes.total} episodes ({query.data.episodes.active}{' '}
              active, {query.data.episodes.discharged} discharged)
            </Text>
          )}
        </div>
        <TextInput
          type="date"
          label="As of"
          value={asOf}
          onChange={(e) => {
            setAsOf(e.currentTarget.value);
          }}
          w={180}
        />
      </Group>
      <QueryState query={query}>{(o) => <Figures o={o} />}</QueryState>
    </Stack>
  );
}

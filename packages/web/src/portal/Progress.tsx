// The client's own progress: pain over the recent weeks, questionnaire scores against the goal targets, the goals
// as bars, and how many home sessions were done. The charts are the clinic's chart components (ui/charts).
import { addDays } from '@tandem/engine';
import { Card, Progress as Bar, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { formatPercent } from '../ui/charts/format.ts';
import { measureInfo } from '@tandem/engine';
import { TimeSeriesChart } from '../ui/charts/TimeSeriesChart.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { localToday } from '../ui/charts/format.ts';
import { useProgress, type Episode, type Progress } from './data.ts';
import { EpisodeGate } from './EpisodeGate.tsx';
import { GoalCard } from './GoalCard.tsx';

/** [P] Six weeks of daily pain fit a phone's width and show the trend that matters to a client. */
const PAIN_WEEKS = 6;

function PainChart({ progress }: { progress: Progress }) {
  const from = addDays(progress.asOf ?? localToday(), -7 * PAIN_WEEKS);
  const days = progress.series.pain.filter((p) => p.date >= from);
  if (days.length === 0) return <Text size="sm">Your pain chart appears once you have logged a few days.</Text>;
  return (
    <TimeSeriesChart
      label={`Your pain over the last ${String(PAIN_WEEKS)} weeks, 0 to 10`}
      yDomain={[0, 10]}
      height={220}
      series={[
        { key: 'rest', label: 'Pain at rest', points: days.map((d) => ({ date: d.date, value: d.painAtRest })) },
        {
          key: 'morning',
          label: 'Next morning',
          points: days.map((d) => ({ date: d.date, value: d.painNextMorning })),
        },
      ]}
    />
  );
}

function Scores({ progress }: { progress: Progress }) {
  const questionnaires = progress.series.measures.filter(
    (m) => m.points.length > 0 && measureInfo(m.measure).kind === 'questionnaire',
  );
  if (questionnaires.length === 0) return null;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Questionnaire scores
      </Title>
      {questionnaires.map((m) => {
        const info = measureInfo(m.measure);
        const goal = progress.goals.find((g) => g.measure === m.measure);
        const better = info.better === 'lower' ? 'lower is better' : 'higher is better';
        return (
          <Card key={m.measure} withBorder padding="md" radius="md">
            <Title order={3} size="h5">
              {info.name}
            </Title>
            <Text size="xs" c="dimmed" mb="xs">
              {better}
              {info.threshold !== null ? `; a change of ${String(info.threshold)} points or more is a real change` : ''}
            </Text>
            <TimeSeriesChart
              label={`${info.name} scores`}
              height={180}
              series={[{ key: 'score', label: 'Your score', points: m.points }]}
              target={goal ? { value: goal.target, label: `Goal: ${String(goal.target)}` } : null}
            />
          </Card>
        );
      })}
    </Stack>
  );
}

function Adherence({ progress }: { progress: Progress }) {
  const a = progress.adherence;
  if (!a || a.ratio === null) return null;
  return (
    <Card withBorder padding="md" radius="md">
      <Title order={2} size="h4">
        Home sessions, last two weeks
      </Title>
      <Bar.Root size="xl" mt="sm" aria-hidden>
        <Bar.Section value={a.ratio * 100} color="teal" />
      </Bar.Root>
      <Text size="sm" mt={4}>
        {String(a.done)} of {String(a.prescribed)} sessions done ({formatPercent(a.ratio)}).
      </Text>
    </Card>
  );
}

function ProgressFor({ episode }: { episode: Episode }) {
  const progress = useProgress(episode.id);
  return (
    <QueryState query={progress}>
      {(p) => (
        <Stack gap="lg">
          <Card withBorder padding="md" radius="md">
            <Title order={2} size="h3" mb="xs">
              Pain
            </Title>
            <PainChart progress={p} />
          </Card>
          {p.goals.length > 0 && (
            <Stack gap="sm">
              <Title order={2} size="h3">
                Your goals
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                {p.goals.map((g) => (
                  <GoalCard key={g.measure} goal={g} />
                ))}
              </SimpleGrid>
            </Stack>
          )}
          <Adherence progress={p} />
          <Scores progress={p} />
        </Stack>
      )}
    </QueryState>
  );
}

export default function ProgressPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Your progress</Title>
      <EpisodeGate>{(episode) => <ProgressFor episode={episode} />}</EpisodeGate>
    </Stack>
  );
}

// A small chart of pain at rest over the episode, for the client's page: the shape of the story at a glance.
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { measureInfo } from '@tandem/engine';
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart.tsx';
import { changeBand } from './progress/bands.ts';
import type { Progress } from './queries.ts';

export function PainSparkline({ progress }: { progress: Progress }) {
  const points = progress.series.pain.map((d) => ({ date: d.date, value: d.painAtRest }));
  if (points.every((p) => p.value === null)) return null;
  const baseline = points.find((p) => p.value !== null)?.value ?? undefined;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        Pain at rest
      </Text>
      <TimeSeriesChart
        label="Pain at rest from 0 to 10 over the episode"
        series={[{ key: 'rest', label: 'At rest (0–10)', points }]}
        band={changeBand(measureInfo('nprs'), baseline)}
        yDomain={[0, 10]}
        unit="/10"
        height={150}
      />
      <Anchor component={Link} to={`/clinic/episodes/${progress.episodeId}/progress`} size="sm">
        All charts and decisions
      </Anchor>
    </Stack>
  );
}

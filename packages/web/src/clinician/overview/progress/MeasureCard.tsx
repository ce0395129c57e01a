// One measure's chart with its latest value, the change since the start judged against the MCID by the engine
// (with its rule and reason), the goal line, and for range of motion the joint's normal range.
import { Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { isMeaningfulChange } from '@tandem/engine';
import { formatDay, formatNumber } from '../../../ui/charts/format.ts';
import { measureInfo, measureValue } from '@tandem/engine';
import { TimeSeriesChart } from '../../../ui/charts/TimeSeriesChart.tsx';
import type { Progress } from '../queries.ts';
import { changeBand, goalLine } from './bands.ts';
import { ToneBadge } from '../../../ui/charts/ToneBadge.tsx';

export type MeasureSeries = Progress['series']['measures'][number];

const VERDICT = {
  improved: { label: 'Meaningful improvement', color: 'teal' },
  worsened: { label: 'Meaningfully worse', color: 'red' },
  no_meaningful_change: { label: 'No meaningful change yet', color: 'gray' },
} as const;

function Verdict({ info, first, last }: { info: ReturnType<typeof measureInfo>; first: number; last: number }) {
  if (info.instrument === null) return null;
  const verdict = isMeaningfulChange(info.instrument, first, last);
  const v = VERDICT[verdict.decision];
  return (
    <Stack gap={2}>
      <Group gap="xs">
        <ToneBadge color={v.color}>{v.label}</ToneBadge>
        <Code fz="xs" c="gray.8">
          {verdict.ruleId}
        </Code>
      </Group>
      <Text size="xs" c="dimmed">
        {verdict.rationale}
      </Text>
    </Stack>
  );
}

export function MeasureCard({ series, goals }: { series: MeasureSeries; goals: Progress['goals'] }) {
  const info = measureInfo(series.measure);
  const first = series.points[0];
  const last = series.points.at(-1);
  const better = info.better === null ? '' : info.better === 'lower' ? 'lower is better' : 'higher is better';
  const unit = info.unit === '°' ? '°' : info.unit === 's' ? ' s' : '';
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={info.name}>
      <Stack gap="xs">
        <div>
          <Title order={3} size="h5">
            {info.name}
          </Title>
          {first && last && (
            <Text size="sm">
              {measureValue(info, first.value)} on {formatDay(first.date)} → <b>{measureValue(info, last.value)}</b> on{' '}
              {formatDay(last.date)}
              {first !== last &&
                ` (${last.value - first.value >= 0 ? '+' : '−'}${formatNumber(Math.abs(last.value - first.value))})`}
              {better !== '' && (
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {better}
                </Text>
              )}
            </Text>
          )}
        </div>
        <TimeSeriesChart
          label={`${info.name} over the episode`}
          series={[{ key: 'value', label: info.kind === 'rom' ? 'Measured range' : 'Score', points: series.points }]}
          band={changeBand(info, first?.value)}
          target={goalLine(
            info,
            goals.find((g) => g.measure === series.measure),
          )}
          reference={
            info.norm === undefined ? null : { value: info.norm, label: `Normal range: ${String(info.norm)}°` }
          }
          {...(info.min !== undefined && info.max !== undefined
            ? { yDomain: [info.min, info.max] as [number, number] }
            : {})}
          unit={unit}
          height={200}
        />
        {first && last && first !== last && <Verdict info={info} first={first.value} last={last.value} />}
      </Stack>
    </Paper>
  );
}

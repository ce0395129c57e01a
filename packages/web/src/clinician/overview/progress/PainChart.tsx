// Pain over the episode (0–10): at rest, during exercise and the next morning from the daily logs, and the NPRS
// scored at assessments, against the band of change too small to matter and the goal; episode decisions marked.
import { Title } from '@mantine/core';
import { measureInfo } from '@tandem/engine';
import { TimeSeriesChart, type ChartEvent, type TimeSeries } from '../../../ui/charts/TimeSeriesChart.tsx';
import type { Progress } from '../queries.ts';
import { changeBand, goalLine } from './bands.ts';

export function PainChart({ progress, events }: { progress: Progress; events: readonly ChartEvent[] }) {
  const info = measureInfo('nprs');
  const days = progress.series.pain;
  const assessed = progress.series.measures.find((m) => m.measure === 'nprs')?.points ?? [];
  const series: TimeSeries[] = [
    { key: 'rest', label: 'At rest', points: days.map((d) => ({ date: d.date, value: d.painAtRest })) },
    {
      key: 'during',
      label: 'During exercise (worst)',
      points: days.map((d) => ({ date: d.date, value: d.painDuring })),
    },
    { key: 'morning', label: 'Next morning', points: days.map((d) => ({ date: d.date, value: d.painNextMorning })) },
    ...(assessed.length > 0 ? [{ key: 'nprs', label: 'NPRS at assessment', points: assessed }] : []),
  ].filter((s) => s.points.some((p) => p.value !== null));
  const baseline = assessed[0]?.value ?? days.find((d) => d.painAtRest !== null)?.painAtRest ?? undefined;
  return (
    <TimeSeriesChart
      label="Pain from 0 to 10 over the episode"
      series={series}
      band={changeBand(info, baseline)}
      target={goalLine(
        info,
        progress.goals.find((g) => g.measure === 'nprs'),
      )}
      events={events}
      yDomain={[0, 10]}
      unit="/10"
      height={280}
    />
  );
}

export function SleepFatigueChart({ progress }: { progress: Progress }) {
  const days = progress.series.pain;
  const series: TimeSeries[] = [
    { key: 'sleep', label: 'Sleep quality', points: days.map((d) => ({ date: d.date, value: d.sleep })) },
    { key: 'fatigue', label: 'Tiredness', points: days.map((d) => ({ date: d.date, value: d.fatigue })) },
  ].filter((s) => s.points.some((p) => p.value !== null));
  if (series.length === 0) return null;
  return (
    <section aria-labelledby="sleep-title">
      <Title order={3} size="h5" id="sleep-title" mb={4}>
        Sleep and tiredness
      </Title>
      <TimeSeriesChart
        label="Sleep quality and tiredness from 0 to 10"
        series={series}
        yDomain={[0, 10]}
        unit="/10"
        height={180}
      />
    </section>
  );
}

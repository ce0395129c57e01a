// Home-program adherence, one bar a period: the share of the sessions asked for that were logged as done, with the
// counts on each bar. Props only (the portal shows the client the same bars).
import { Box, VisuallyHidden } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartLegend } from './ChartLegend.tsx';
import { formatPercent } from './format.ts';
import { CHART_COLORS } from './palette.ts';

export interface AdherencePeriod {
  /** Shown under the bar ("w/c 9 Nov"). */
  label: string;
  /** Read out in the table ("Week of 9 November"). */
  longLabel?: string;
  done: number;
  prescribed: number;
}

export interface AdherenceBarsProps {
  label: string;
  periods: readonly AdherencePeriod[];
  /** A line the bars are judged against, e.g. the share under which the engine raises low adherence. */
  threshold?: { ratio: number; label: string } | null;
  height?: number;
}

const ratioOf = (p: AdherencePeriod): number => (p.prescribed <= 0 ? 0 : Math.min(1, p.done / p.prescribed));

export function AdherenceBars({ label, periods, threshold, height = 200 }: AdherenceBarsProps) {
  const rows = periods.map((p) => ({
    ...p,
    percent: Math.round(ratioOf(p) * 100),
    counts: `${String(p.done)}/${String(Math.round(p.prescribed))}`,
  }));
  return (
    <Box component="figure" m={0}>
      <div role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={rows} margin={{ top: 20, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            <XAxis
              dataKey="label"
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
              stroke={CHART_COLORS.grid}
              interval={0}
            />
            <YAxis
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tickFormatter={(v: number) => `${String(v)}%`}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
              stroke={CHART_COLORS.grid}
              width={44}
            />
            {threshold && <ReferenceLine y={threshold.ratio * 100} stroke={CHART_COLORS.warn} strokeDasharray="6 4" />}
            <Bar
              dataKey="percent"
              fill={CHART_COLORS.good}
              radius={[4, 4, 0, 0]}
              isAnimationActive={false}
              maxBarSize={48}
            >
              <LabelList dataKey="counts" position="top" fill={CHART_COLORS.axis} fontSize={12} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend
        items={[
          { kind: 'bar', label: 'Sessions logged as done, of those asked for', color: CHART_COLORS.good },
          ...(threshold
            ? [{ kind: 'line' as const, label: threshold.label, color: CHART_COLORS.warn, dash: '6 4' }]
            : []),
        ]}
      />
      <VisuallyHidden>
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col">Done</th>
              <th scope="col">Asked for</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.label}>
                <th scope="row">{p.longLabel ?? p.label}</th>
                <td>{p.done}</td>
                <td>{Math.round(p.prescribed)}</td>
                <td>{formatPercent(ratioOf(p))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </Box>
  );
}

// A measure over time: one or more lines on a true time axis, the band of change too small to matter (MCID), the
// goal's target line and dated events (decisions). Props only, so the clinic and the client's portal both use it.
// The same numbers are in a table for screen readers.
import { Box, VisuallyHidden } from '@mantine/core';
import { useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartLegend, type LegendItem } from './ChartLegend.tsx';
import { dayValue, formatDay, formatNumber, formatTick } from './format.ts';
import { SERIES_STYLES, CHART_COLORS } from './palette.ts';

export interface SeriesPoint {
  date: string;
  value: number | null;
}

export interface TimeSeries {
  key: string;
  label: string;
  points: readonly SeriesPoint[];
  /** Defaults to the palette's next colour and dash, so lines differ by more than colour. */
  style?: { color: string; dash?: string };
}

/** Values on either side of the baseline closer than the change that matters: "no real change yet". */
export interface ChangeBand {
  from: number;
  to: number;
  label: string;
}

export interface TargetLine {
  value: number;
  label: string;
}

export interface ChartEvent {
  date: string;
  label: string;
}

export interface TimeSeriesChartProps {
  /** Names the chart for screen readers and captions its data table. */
  label: string;
  series: readonly TimeSeries[];
  band?: ChangeBand | null;
  target?: TargetLine | null;
  /** A second reference, e.g. the joint's normal range. */
  reference?: TargetLine | null;
  events?: readonly ChartEvent[];
  yDomain?: [number, number];
  /** Appended to values in the tooltip and table ("°", " s"). */
  unit?: string;
  height?: number;
}

interface Row {
  t: number;
  [key: string]: number | null;
}

function rowsOf(series: readonly TimeSeries[]): Row[] {
  const byDay = new Map<number, Row>();
  for (const s of series) {
    for (const p of s.points) {
      const t = dayValue(p.date);
      const row = byDay.get(t) ?? { t };
      row[s.key] = p.value;
      byDay.set(t, row);
    }
  }
  return [...byDay.values()].sort((a, b) => a.t - b.t);
}

/** The y range: the scale's ends when given, else the data, band and lines with a little room. */
function domainOf(
  rows: readonly Row[],
  keys: readonly string[],
  extra: readonly (number | undefined)[],
): [number, number] {
  const values = [...rows.flatMap((r) => keys.map((k) => r[k])), ...extra].filter(
    (v): v is number => typeof v === 'number',
  );
  if (values.length === 0) return [0, 10];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(1, (hi - lo) * 0.1);
  return [Math.max(0, Math.floor(lo - pad)), Math.ceil(hi + pad)];
}

/** Round ticks (steps of 1, 2 or 5 times a power of ten, about five of them) and the domain widened to them. */
export function niceScale([lo, hi]: [number, number]): { domain: [number, number]; ticks: number[] } {
  const raw = Math.max(hi - lo, 1) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const from = Math.floor(lo / step) * step;
  const to = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 2; t += step) ticks.push(Math.round(t * 1000) / 1000);
  return { domain: [from, to], ticks };
}

export function TimeSeriesChart({
  label,
  series,
  band,
  target,
  reference,
  events = [],
  yDomain,
  unit = '',
  height = 240,
}: TimeSeriesChartProps) {
  const styled = series.map((s, i) => ({
    ...s,
    style: s.style ?? SERIES_STYLES[i % SERIES_STYLES.length] ?? { color: CHART_COLORS.good },
  }));
  const rows = useMemo(() => rowsOf(series), [series]);
  const scale = niceScale(
    yDomain ??
      domainOf(
        rows,
        series.map((s) => s.key),
        [band?.from, band?.to, target?.value, reference?.value],
      ),
  );
  const show = (v: number) => `${formatNumber(v)}${unit}`;
  const legend: LegendItem[] = [
    ...styled.map((s) => ({ kind: 'line' as const, label: s.label, color: s.style.color, dash: s.style.dash })),
    ...(band ? [{ kind: 'band' as const, label: band.label, color: CHART_COLORS.band }] : []),
    ...(target ? [{ kind: 'line' as const, label: target.label, color: CHART_COLORS.target, dash: '6 4' }] : []),
    ...(reference
      ? [{ kind: 'line' as const, label: reference.label, color: CHART_COLORS.reference, dash: '2 3' }]
      : []),
    ...(events.length > 0 ? [{ kind: 'event' as const, label: 'Decision', color: CHART_COLORS.event }] : []),
  ];

  return (
    <Box component="figure" m={0}>
      <div role="img" aria-label={label}>
        <ResponsiveContainer width="100%" height={height}>
          <LineChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
            {band && (
              <ReferenceArea
                y1={band.from}
                y2={band.to}
                fill={CHART_COLORS.band}
                fillOpacity={0.35}
                stroke="none"
                ifOverflow="hidden"
              />
            )}
            <XAxis
              dataKey="t"
              type="number"
              scale="time"
              domain={['dataMin', 'dataMax']}
              tickFormatter={formatTick}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
              stroke={CHART_COLORS.grid}
              minTickGap={24}
              padding={{ left: 8, right: 8 }}
            />
            <YAxis
              domain={scale.domain}
              ticks={scale.ticks}
              interval={0}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
              stroke={CHART_COLORS.grid}
              width={40}
              allowDecimals={false}
            />
            {events.map((e) => (
              <ReferenceLine
                key={`${e.date}-${e.label}`}
                x={dayValue(e.date)}
                stroke={CHART_COLORS.event}
                strokeDasharray="2 2"
              />
            ))}
            {target && (
              <ReferenceLine
                y={target.value}
                stroke={CHART_COLORS.target}
                strokeDasharray="6 4"
                strokeWidth={2}
                ifOverflow="extendDomain"
              />
            )}
            {reference && (
              <ReferenceLine
                y={reference.value}
                stroke={CHART_COLORS.reference}
                strokeDasharray="2 3"
                ifOverflow="extendDomain"
              />
            )}
            {styled.map((s) => (
              <Line
                key={s.key}
                dataKey={s.key}
                name={s.label}
                stroke={s.style.color}
                strokeDasharray={s.style.dash}
                strokeWidth={2}
                dot={{ r: rows.length > 20 ? 0 : 3, fill: s.style.color }}
                activeDot={{ r: 4 }}
                connectNulls
                isAnimationActive={false}
                type="linear"
              />
            ))}
            <Tooltip
              labelFormatter={(t) => (typeof t === 'number' ? formatDay(new Date(t).toISOString()) : '')}
              formatter={(v) => (typeof v === 'number' ? show(v) : String(v))}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend items={legend} />
      <VisuallyHidden>
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              {styled.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.t}>
                <th scope="row">{formatDay(new Date(r.t).toISOString())}</th>
                {styled.map((s) => {
                  const v = r[s.key];
                  return <td key={s.key}>{typeof v === 'number' ? show(v) : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {band && (
          <p>
            {band.label}: {show(band.from)} to {show(band.to)}.
          </p>
        )}
        {target && <p>{target.label}.</p>}
        {reference && <p>{reference.label}.</p>}
        {events.map((e) => (
          <p key={`${e.date}-${e.label}`}>
            {formatDay(e.date)}: {e.label}.
          </p>
        ))}
      </VisuallyHidden>
    </Box>
  );
}

// Change per instrument across the clinic's episodes: improved, unchanged and worsened (judged against each
// instrument's MCID) as stacked bars, and the same figures with the threshold and its source in a table.
import { List, Table, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Ok } from '../../../api/types.ts';
import { ChartLegend } from '../../../ui/charts/ChartLegend.tsx';
import { formatNumber, formatPercent } from '../../../ui/charts/format.ts';
import { CHART_COLORS } from '../../../ui/charts/palette.ts';

export type InstrumentOutcome = Ok<'/api/v1/clinic/outcomes', 'get'>['instruments'][number];

const shortName = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '');
const COLORS = { improved: CHART_COLORS.good, unchanged: CHART_COLORS.reference, worsened: CHART_COLORS.warn };

export function InstrumentChart({ instruments }: { instruments: readonly InstrumentOutcome[] }) {
  const rows = instruments
    .filter((i) => i.measured > 0)
    .map((i) => ({
      name: i.instrument.toUpperCase(),
      improved: i.improved,
      unchanged: i.unchanged,
      worsened: i.worsened,
    }));
  if (rows.length === 0) return <Text c="dimmed">No instrument has been scored twice in an episode yet.</Text>;
  return (
    <figure style={{ margin: 0 }}>
      <div
        role="img"
        aria-label="Episodes improved, unchanged and worsened on each instrument (the table below has the figures)"
      >
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 44 + 40)}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
              stroke={CHART_COLORS.grid}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={90}
              tick={{ fill: CHART_COLORS.axis, fontSize: 12 }}
              stroke={CHART_COLORS.grid}
            />
            {(['improved', 'unchanged', 'worsened'] as const).map((k) => (
              <Bar key={k} dataKey={k} stackId="a" fill={COLORS[k]} isAnimationActive={false} maxBarSize={28} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartLegend
        items={[
          { kind: 'bar', label: 'Meaningful improvement', color: COLORS.improved },
          { kind: 'bar', label: 'No meaningful change', color: COLORS.unchanged },
          { kind: 'bar', label: 'Meaningfully worse', color: COLORS.worsened },
        ]}
      />
    </figure>
  );
}

export function InstrumentTable({ instruments }: { instruments: readonly InstrumentOutcome[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Instrument</Table.Th>
            <Table.Th scope="col">Episodes</Table.Th>
            <Table.Th scope="col">Primary in</Table.Th>
            <Table.Th scope="col">Scored twice</Table.Th>
            <Table.Th scope="col">Improved</Table.Th>
            <Table.Th scope="col">Unchanged</Table.Th>
            <Table.Th scope="col">Worse</Table.Th>
            <Table.Th scope="col">Mean change</Table.Th>
            <Table.Th scope="col">Change that matters</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instruments.map((i) => (
            <Table.Tr key={i.instrument}>
              <Table.Th scope="row" fw={600}>
                {shortName(i.name)}
              </Table.Th>
              <Table.Td>{i.episodes}</Table.Td>
              <Table.Td>{i.primaryIn}</Table.Td>
              <Table.Td>{i.measured}</Table.Td>
              <Table.Td>
                {i.improved}
                {i.share !== null && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({formatPercent(i.share)})
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{i.unchanged}</Table.Td>
              <Table.Td>{i.worsened}</Table.Td>
              <Table.Td>
                {i.meanChange === null ? '–' : `${i.meanChange > 0 ? '+' : ''}${formatNumber(i.meanChange)}`}
                <Text span size="xs" c="dimmed">
                  {' '}
                  ({i.better} is better)
                </Text>
              </Table.Td>
              <Table.Td>
                {formatNumber(Math.max(i.mcid, i.mdc ?? 0))} points
                {i.mcidPercent === null ? '' : ` or ${String(i.mcidPercent)} %`}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Where each instrument's threshold comes from, as the engine cites it. */
export function ThresholdSources({ instruments }: { instruments: readonly InstrumentOutcome[] }) {
  return (
    <details>
      <summary>
        <Text span size="sm" fw={600}>
          Where the thresholds come from
        </Text>
      </summary>
      <List size="sm" spacing={4} mt="xs">
        {instruments.map((i) => (
          <List.Item key={i.instrument}>
            <b>{shortName(i.name)}</b>: {i.source}
          </List.Item>
        ))}
      </List>
    </details>
  );
}

// The Functional Movement Screen: each test 0–3 (left and right for the bilateral ones), clearing tests, and the
// engine's scoring live: composite when all seven are in, asymmetries, painful tests and the corrective order.
import { Alert, Badge, Checkbox, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { FMS_TESTS, scoreFmsPartial, scoreInstrument } from '@tandem/engine';
import { WARN } from '../intake/colors.ts';
import { fmsRecord, type FmsClearingId, type FmsDraft, type FmsTestId } from './draft.ts';

const TESTS = Object.keys(FMS_TESTS) as FmsTestId[];
const CLEARING: { id: FmsClearingId; label: string }[] = [
  { id: 'shoulder_clearing_pain_left', label: 'Shoulder clearing test painful, left' },
  { id: 'shoulder_clearing_pain_right', label: 'Shoulder clearing test painful, right' },
  { id: 'spinal_extension_clearing_pain', label: 'Spinal extension clearing test painful' },
  { id: 'spinal_flexion_clearing_pain', label: 'Spinal flexion clearing test painful' },
];
const SCORE_OPTIONS = ['–', '0', '1', '2', '3'];
const label = (id: FmsTestId) => FMS_TESTS[id].label;

function ScorePicker({
  value,
  onChange,
  name,
}: {
  value: number | undefined;
  onChange: (v: number | undefined) => void;
  name: string;
}) {
  return (
    <SegmentedControl
      size="xs"
      color="teal"
      aria-label={name}
      data={SCORE_OPTIONS}
      value={value === undefined ? '–' : String(value)}
      onChange={(v) => {
        onChange(v === '–' ? undefined : Number(v));
      }}
    />
  );
}

function FmsResult({ fms }: { fms: FmsDraft }) {
  const record = fmsRecord(fms);
  const partial = scoreFmsPartial(record);
  if (!partial.ok)
    return (
      <Text size="sm" c="dimmed">
        Score a test to see the result.
      </Text>
    );
  const full = scoreInstrument('fms', record);
  const p = partial.value;
  return (
    <Alert
      color={p.painful.length > 0 ? 'red' : 'gray'}
      variant="outline"
      title={
        full.ok
          ? `Composite ${String(full.value.score)} / 21`
          : `${String(p.scored.length)} of 7 tests scored (the composite needs all seven)`
      }
      aria-live="polite"
      data-testid="fms-result"
    >
      <Stack gap={4}>
        {full.ok && full.value.flags?.composite_at_or_below_14 === true && (
          <Text size="sm">14 or less: noted for information; it does not predict injury.</Text>
        )}
        <Text size="sm">Asymmetries: {p.asymmetries.length === 0 ? 'none' : p.asymmetries.map(label).join(', ')}</Text>
        {p.painful.length > 0 && (
          <Text size="sm" fw={600}>
            Painful (score 0, refer for evaluation): {p.painful.map(label).join(', ')}
          </Text>
        )}
        {p.correctivePriority.length > 0 && (
          <Text size="sm">Correct first: {p.correctivePriority.map(label).join(' → ')}</Text>
        )}
        <Text size="xs" c="dimmed">
          Rule {full.ok ? full.value.ruleId : p.ruleId}
        </Text>
      </Stack>
    </Alert>
  );
}

export function FmsSection({ fms, onChange }: { fms: FmsDraft; onChange: (f: FmsDraft) => void }) {
  const set = (id: FmsTestId, key: 'left' | 'right' | 'both', v: number | undefined) => {
    const current = Object.fromEntries(
      Object.entries({ ...fms.scores[id], [key]: v }).filter((e: [string, number | undefined]) => e[1] !== undefined),
    );
    onChange({ ...fms, scores: { ...fms.scores, [id]: current } });
  };
  return (
    <Stack gap="sm">
      <Table withTableBorder striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Test</Table.Th>
            <Table.Th>Left (or both)</Table.Th>
            <Table.Th>Right</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {TESTS.map((id) => {
            const s = fms.scores[id] ?? {};
            const bilateral = FMS_TESTS[id].bilateral;
            return (
              <Table.Tr key={id}>
                <Table.Td>
                  <Text size="sm">{label(id)}</Text>
                </Table.Td>
                <Table.Td>
                  {bilateral ? (
                    <ScorePicker
                      name={`${label(id)}, left`}
                      value={s.left}
                      onChange={(v) => {
                        set(id, 'left', v);
                      }}
                    />
                  ) : (
                    <ScorePicker
                      name={label(id)}
                      value={s.both}
                      onChange={(v) => {
                        set(id, 'both', v);
                      }}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {bilateral && (
                    <ScorePicker
                      name={`${label(id)}, right`}
                      value={s.right}
                      onChange={(v) => {
                        set(id, 'right', v);
                      }}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  {bilateral && s.left !== undefined && s.right !== undefined && s.left !== s.right && (
                    <Badge color={WARN} variant="outline">
                      Asymmetry
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Checkbox.Group
        label="Clearing tests"
        value={fms.clearing}
        onChange={(v) => {
          onChange({ ...fms, clearing: CLEARING.filter((c) => v.includes(c.id)).map((c) => c.id) });
        }}
      >
        <Group gap="md" mt={4}>
          {CLEARING.map((c) => (
            <Checkbox key={c.id} value={c.id} label={c.label} />
          ))}
        </Group>
      </Checkbox.Group>
      <FmsResult fms={fms} />
    </Stack>
  );
}

// After saving: what the server stored (each score and measurement as a dated measure) and the next step, the plan.
import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import {
  FUNCTIONAL_TESTS,
  INSTRUMENTS,
  ROM_JOINTS,
  ROM_MOTIONS,
  SIDES,
  STRUCTURES,
  ZInstrumentId,
} from '@tandem/engine';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ok } from '../../api/client.ts';
import type { Ok } from '../../api/types.ts';
import { localToday } from '../../ui/charts/format.ts';

export type Created = Ok<'/api/v1/episodes/{id}/assessments', 'post'>;

const sideText = (side: string | undefined): string =>
  side !== undefined && SIDES.has(side) ? `, ${SIDES.entries[side].label.toLowerCase()}` : '';

/** A measure key (docs/progression.md: "odi", "rom:shoulder:flexion:left", "functional:grip_strength") in words. */
const measureName = (m: string): string => {
  const id = ZInstrumentId.safeParse(m);
  if (id.success) return INSTRUMENTS[id.data].name;
  const [kind, a = '', b, c] = m.split(':');
  if (kind === 'rom' && ROM_JOINTS.has(a) && b !== undefined && ROM_MOTIONS.has(b))
    return `Range: ${ROM_JOINTS.entries[a].label} ${ROM_MOTIONS.entries[b].label.toLowerCase()}${sideText(c)} (°)`;
  if (kind === 'functional' && FUNCTIONAL_TESTS.has(a))
    return `${FUNCTIONAL_TESTS.entries[a].label}${sideText(b)} (${FUNCTIONAL_TESTS.entries[a].unit})`;
  if (kind === 'strength' && STRUCTURES.has(a)) return `Strength: ${STRUCTURES.entries[a].label}${sideText(b)} (0–5)`;
  return m;
};

export function SavedPanel({
  created,
  episodeId,
  baselineNote,
  onAnother,
}: {
  created: Created;
  episodeId: string;
  baselineNote: string | null;
  onAnother: () => void;
}) {
  const navigate = useNavigate();
  const generate = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/episodes/{id}/plan/generate', {
          params: { path: { id: episodeId } },
          body: { date: localToday() },
        }),
      ),
    onSuccess: () => {
      void navigate(`/clinic/episodes/${episodeId}/plan`);
    },
  });
  return (
    <Stack>
      <Alert color="teal" variant="outline" title={`Assessment of ${created.date} saved`} role="status">
        {created.measures.length === 0
          ? 'No score or measurement in it.'
          : `${String(created.measures.length)} scores and measurements were stored for progress charts and goals.`}
        {baselineNote && (
          <Text size="sm" mt={4}>
            {baselineNote}
          </Text>
        )}
      </Alert>
      {created.measures.length > 0 && (
        <Table withTableBorder striped aria-label="Stored measures">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Measure</Table.Th>
              <Table.Th>Value</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {created.measures.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{measureName(m.measure)}</Table.Td>
                <Table.Td>{Math.round(m.value * 10) / 10}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Title order={2} size="h4">
        Next: the plan
      </Title>
      <Text size="sm">
        The engine builds the plan from the intake, its safety screen and the latest questionnaires.
      </Text>
      {generate.error && (
        <Alert color="red" title="The plan was not generated" role="alert">
          {generate.error.message}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => {
            generate.mutate();
          }}
          loading={generate.isPending}
        >
          Generate plan
        </Button>
        <Button variant="default" onClick={onAnother}>
          Record another assessment
        </Button>
      </Group>
    </Stack>
  );
}

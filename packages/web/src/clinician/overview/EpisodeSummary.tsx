// An episode at a glance: status, dates, phase, the complaint from its intake, goals and adherence from progress.
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { PHASES, REGIONS, SIDES, ZCaseFile, type PhaseId } from '@tandem/engine';
import { formatDay, formatPercent, formatShortDay } from '../../ui/charts/format.ts';
import type { Episode, Progress } from './queries.ts';
import { ToneBadge } from '../../ui/charts/ToneBadge.tsx';

function complaintOf(intake: unknown): string | null {
  const parsed = ZCaseFile.safeParse(intake);
  if (!parsed.success) return null;
  const { regions, side } = parsed.data.complaint;
  const where = regions.map((r) => REGIONS.entries[r].label).join(', ');
  return side === undefined ? where : `${where} (${SIDES.entries[side].label.toLowerCase()})`;
}

const phaseTitle = (phase: string): string => (phase in PHASES ? PHASES[phase as PhaseId].title : phase);

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function EpisodeSummary({ episode, progress }: { episode: Episode; progress: Progress | undefined }) {
  const complaint = complaintOf(episode.intake);
  const goals = progress?.goals ?? [];
  const met = goals.filter((g) => g.status === 'met').length;
  const behind = goals.filter((g) => g.status === 'behind' || g.status === 'overdue').length;
  const adherence = progress?.adherence?.ratio ?? null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="md" verticalSpacing="sm">
      <Fact label="Status">
        <Group gap={6}>
          <ToneBadge color={episode.status === 'active' ? 'teal' : 'gray'}>
            {episode.status === 'active' ? 'Active' : 'Discharged'}
          </ToneBadge>
          {progress?.flare && (
            <Badge variant="filled" color="red">
              Flare since {formatDay(progress.flare.since)}
            </Badge>
          )}
          {progress?.deload && <ToneBadge color="orange">Deload until {formatDay(progress.deload.until)}</ToneBadge>}
        </Group>
      </Fact>
      <Fact label="Started">
        {formatDay(episode.startedOn)}
        {episode.dischargedOn !== null && ` – ${formatDay(episode.dischargedOn)}`}
      </Fact>
      {complaint !== null && <Fact label="Complaint">{complaint}</Fact>}
      {progress && <Fact label="Phase">{phaseTitle(progress.phase)}</Fact>}
      {goals.length > 0 && (
        <Fact label="Goals">
          {met} of {goals.length} met{behind > 0 ? `, ${String(behind)} behind` : ''}
        </Fact>
      )}
      {adherence !== null && progress?.adherence && (
        <Fact label="Home program">
          {formatPercent(adherence)} done, {formatShortDay(progress.adherence.from)}–
          {formatShortDay(progress.adherence.to)}
        </Fact>
      )}
    </SimpleGrid>
  );
}

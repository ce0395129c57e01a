// An episode's progress: goals, pain, questionnaire scores and range of motion over time against the change that
// matters (MCID) and the goal targets, home-program adherence, the current phase's exit criteria, and every
// decision progression made, with its rule and reason. All of it from GET /episodes/{id}/progress and the home log.
import { Alert, Anchor, Breadcrumbs, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PHASES, type PhaseId } from '@tandem/engine';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../ui/QueryState.tsx';
import { decisionLabel } from '../ui/charts/decisions.ts';
import { formatDay } from '../ui/charts/format.ts';
import { measureInfo } from '@tandem/engine';
import { AdherencePanel } from './overview/progress/AdherencePanel.tsx';
import { DecisionsPanel } from './overview/progress/DecisionsPanel.tsx';
import { GoalStatus } from './overview/progress/GoalStatus.tsx';
import { MeasureCard } from './overview/progress/MeasureCard.tsx';
import { PainChart, SleepFatigueChart } from './overview/progress/PainChart.tsx';
import { PhaseExit } from './overview/progress/PhaseExit.tsx';
import { useClient, useEpisode, useHomeLog, useProgress, type Progress } from './overview/queries.ts';

function Section({ id, title, children, hint }: { id: string; title: string; children: ReactNode; hint?: string }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {hint !== undefined && (
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}

const phaseTitle = (phase: string): string => (phase in PHASES ? PHASES[phase as PhaseId].title : phase);

function Report({ progress, start }: { progress: Progress; start: string }) {
  const homeLog = useHomeLog(progress.episodeId);
  const measures = progress.series.measures.filter((m) => m.measure !== 'nprs');
  const questionnaires = measures.filter((m) => measureInfo(m.measure).kind === 'questionnaire');
  const physical = measures.filter((m) => measureInfo(m.measure).kind !== 'questionnaire');
  const events = progress.decisions
    .filter((d) => d.scope === 'episode')
    .map((d) => ({ date: d.date, label: decisionLabel(d.decision).label }));
  return (
    <Stack gap="md">
      {progress.flare && (
        <Alert color="red" title={`Flare-up since ${formatDay(progress.flare.since)}`}>
          The program restarted at a lower dose; see the setback decision below for the rule and what to check.
        </Alert>
      )}
      {progress.deload && (
        <Alert color="orange" title={`Deload week until ${formatDay(progress.deload.until)}`}>
          Lighter doses are in force until then; the decisions below say why.
        </Alert>
      )}
      {progress.problems.length > 0 && (
        <Alert color="red" title="Progression could not run on part of the record">
          {progress.problems.map((p) => (
            <Text key={p.path} size="sm">
              {p.path}: {p.message}
            </Text>
          ))}
        </Alert>
      )}
      <Section id="goals" title="Goals">
        <GoalStatus goals={progress.goals} />
      </Section>
      <Section
        id="pain"
        title="Pain"
        hint="Daily logs (worst of the day) and the NPRS at assessments. The shaded band is change too small to count; dotted vertical lines mark episode decisions."
      >
        {progress.series.pain.length === 0 && progress.series.measures.every((m) => m.measure !== 'nprs') ? (
          <Text c="dimmed">No pain logged yet.</Text>
        ) : (
          <PainChart progress={progress} events={events} />
        )}
        <SleepFatigueChart progress={progress} />
      </Section>
      {questionnaires.length > 0 && (
        <Section
          id="questionnaires"
          title="Questionnaires"
          hint="Scores at each assessment, against the smallest change that matters (MCID or measurement error, whichever is larger) and the goal."
        >
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {questionnaires.map((m) => (
              <MeasureCard key={m.measure} series={m} goals={progress.goals} />
            ))}
          </SimpleGrid>
        </Section>
      )}
      {physical.length > 0 && (
        <Section
          id="movement"
          title="Range of motion and function"
          hint="Measured at each assessment, with the goal and the joint's normal range."
        >
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            {physical.map((m) => (
              <MeasureCard key={m.measure} series={m} goals={progress.goals} />
            ))}
          </SimpleGrid>
        </Section>
      )}
      <Section id="adherence" title="Home program">
        <QueryState query={homeLog}>
          {(entries) => <AdherencePanel progress={progress} entries={entries} start={progress.programFrom ?? start} />}
        </QueryState>
      </Section>
      {progress.phaseExit && progress.phaseExit.length > 0 && (
        <Section id="phase-exit" title={`Ready to leave “${phaseTitle(progress.phase)}”?`}>
          <PhaseExit checks={progress.phaseExit} />
        </Section>
      )}
      <Section
        id="decisions"
        title="Decisions along the way"
        hint="What progression decided after each logged session and across the episode, with the rule that fired and why."
      >
        <DecisionsPanel decisions={progress.decisions} />
      </Section>
    </Stack>
  );
}

export default function ProgressPage() {
  const { episodeId = '' } = useParams();
  const episode = useEpisode(episodeId);
  const client = useClient(episode.data?.clientId ?? '');
  const progress = useProgress(episodeId);
  const name = client.data?.name;
  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs>
        <Anchor component={Link} to="/clinic/clients">
          Clients
        </Anchor>
        {episode.data && (
          <Anchor component={Link} to={`/clinic/clients/${episode.data.clientId}`}>
            {name ?? 'Client'}
          </Anchor>
        )}
        <Text>Progress</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Progress{name === undefined ? '' : ` of ${name}`}</Title>
          {progress.data && (
            <Text c="dimmed">
              Phase: {phaseTitle(progress.data.phase)}
              {progress.data.asOf !== null && ` · as of ${formatDay(progress.data.asOf)}`}
              {progress.data.programFrom !== null && ` · current program from ${formatDay(progress.data.programFrom)}`}
            </Text>
          )}
        </div>
        {episode.data?.status === 'active' && (
          <Button component={Link} to={`/clinic/episodes/${episodeId}/visit`}>
            New visit
          </Button>
        )}
      </Group>
      <QueryState query={progress}>
        {(p) => <Report progress={p} start={episode.data?.startedOn ?? p.programFrom ?? p.asOf ?? ''} />}
      </QueryState>
    </Stack>
  );
}

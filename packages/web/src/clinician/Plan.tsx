// The plan of care: the safety screen's summary, phases, the visit template, the home program (editable), goals,
// education and what was left out, each item with its rule and reason; edits are saved as new versions.
import type { Plan } from '@tandem/engine';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { ApiError, api, ok } from '../api/client.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { Education } from './plan/Education.tsx';
import { problemsByItem } from './plan/edit.ts';
import { EpisodeHeader } from './plan/EpisodeHeader.tsx';
import { Excluded } from './plan/Excluded.tsx';
import { GeneratePlan } from './plan/GeneratePlan.tsx';
import { Goals } from './plan/Goals.tsx';
import { HomeProgram } from './plan/HomeProgram.tsx';
import { PdfLink } from './plan/PdfLink.tsx';
import { Phases } from './plan/Phases.tsx';
import { useEpisode, usePlan, usePlanVersions, useProgress, type CurrentPlan } from './plan/queries.ts';
import { SafetySummary } from './plan/SafetySummary.tsx';
import { SaveBar } from './plan/SaveBar.tsx';
import { Versions } from './plan/Versions.tsx';
import { VisitTemplate } from './plan/VisitTemplate.tsx';

function Section({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section aria-label={title}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </section>
  );
}

function PlanView({ episodeId, current, active }: { episodeId: string; current: CurrentPlan; active: boolean }) {
  const queryClient = useQueryClient();
  const versions = usePlanVersions(episodeId);
  const progress = useProgress(episodeId);
  const [draft, setDraft] = useState<Plan | null>(null);
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: (plan: Plan) =>
      ok(
        api.PUT('/api/v1/episodes/{id}/plan', {
          params: { path: { id: episodeId } },
          body: { basedOn: current.version, reason, plan },
        }),
      ),
    onSuccess: async () => {
      setDraft(null);
      setReason('');
      await queryClient.invalidateQueries({ queryKey: ['episode', episodeId] });
    },
  });
  const plan = draft ?? current.plan;
  const error = save.error instanceof ApiError ? save.error : null;
  const problems = problemsByItem(
    plan,
    error?.problems.filter((p) => !p.field.endsWith('reason')) ?? current.conflicts,
  );
  const phaseTitle = plan.phases.find((p) => p.id === plan.visit?.phase)?.title ?? '';

  return (
    <Stack gap="xl">
      <Group justify="space-between">
        <PdfLink href={`/api/v1/episodes/${episodeId}/documents/home-program.pdf`}>Printable home program</PdfLink>
        <Text size="sm" c="dimmed">
          Version {current.version} · {current.reason ?? ''} · {current.createdBy.name},{' '}
          {new Date(current.createdAt).toLocaleDateString()} · plan starts {plan.generatedFor}
        </Text>
      </Group>
      <Section title="Safety and irritability">
        <SafetySummary plan={plan} conflicts={current.conflicts} />
      </Section>
      {plan.phases.length > 0 && (
        <Section title="Phases">
          <Phases phases={plan.phases} current={progress.data?.phase ?? null} />
        </Section>
      )}
      {plan.visit && (
        <Section title="Visit template">
          <VisitTemplate visit={plan.visit} phaseTitle={phaseTitle} problems={problems} />
        </Section>
      )}
      <Section
        title="Home program"
        action={
          active && draft === null ? (
            <Button
              variant="light"
              onClick={() => {
                save.reset();
                setDraft(current.plan);
              }}
            >
              Edit home program
            </Button>
          ) : undefined
        }
      >
        <HomeProgram plan={plan} editing={draft !== null} onChange={setDraft} problems={problems} />
      </Section>
      {draft !== null && (
        <SaveBar
          reason={reason}
          onReason={setReason}
          saving={save.isPending}
          onSave={() => {
            save.mutate(draft);
          }}
          onCancel={() => {
            setDraft(null);
            save.reset();
          }}
          reasonError={error?.problemFor('reason')}
          otherProblems={problems.get('') ?? []}
          error={error ? error.message : save.error ? save.error.message : null}
        />
      )}
      <Section title="Goals">
        <Goals goals={plan.goals} measures={plan.measures} />
      </Section>
      <Section title="Education">
        <Education education={plan.education} equipment={plan.equipment} />
      </Section>
      <Section title="Left out of the plan">
        <Excluded excluded={plan.excluded} />
      </Section>
      <Section title="Version history">
        <QueryState query={versions}>{(v) => <Versions versions={v} current={current.version} />}</QueryState>
      </Section>
    </Stack>
  );
}

export default function PlanPage() {
  const { episodeId = '' } = useParams();
  const episode = useEpisode(episodeId);
  const plan = usePlan(episodeId);
  return (
    <>
      <EpisodeHeader data={episode.data} title="Plan of care" current="plan" />
      <QueryState query={plan}>
        {(p) =>
          p ? (
            <PlanView episodeId={episodeId} current={p} active={episode.data?.episode.status !== 'discharged'} />
          ) : (
            <GeneratePlan episodeId={episodeId} />
          )
        }
      </QueryState>
    </>
  );
}

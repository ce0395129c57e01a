// An episode's assessment (or re-assessment): the form, then what was stored and "Generate plan".
import { Anchor, Breadcrumbs, Stack, Text, Title } from '@mantine/core';
import { ZInstrumentId, type InstrumentId } from '@tandem/engine';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, ok } from '../api/client.ts';
import type { Ok } from '../api/types.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { AssessmentForm } from './assessment/AssessmentForm.tsx';
import { emptyAssessment } from './assessment/draft.ts';
import type { Previous } from './assessment/LiveScore.tsx';
import { SavedPanel, type Created } from './assessment/SavedPanel.tsx';
import { localToday } from '../ui/charts/format.ts';
import { draftFrom } from './intake/draft.ts';

type Assessments = Ok<'/api/v1/episodes/{id}/assessments', 'get'>;

/** The latest earlier score of each questionnaire in this episode. */
function previousScores(list: Assessments): Partial<Record<InstrumentId, Previous>> {
  const out: Partial<Record<InstrumentId, Previous>> = {};
  for (const a of [...list].sort((x, y) => x.date.localeCompare(y.date))) {
    const scores = a.details.scores;
    if (scores === null || typeof scores !== 'object') continue;
    for (const [key, s] of Object.entries(scores as Record<string, { score?: unknown }>)) {
      const id = ZInstrumentId.safeParse(key);
      if (id.success && typeof s.score === 'number') out[id.data] = { score: s.score, date: a.date };
    }
  }
  return out;
}

export default function AssessmentPage() {
  const { episodeId = '' } = useParams();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<{ created: Created; note: string | null } | null>(null);
  const [round, setRound] = useState(0);
  const data = useQuery({
    queryKey: ['episode', episodeId, 'assessment-page'],
    queryFn: async () => {
      const [episode, assessments] = await Promise.all([
        ok(api.GET('/api/v1/episodes/{id}', { params: { path: { id: episodeId } } })),
        ok(api.GET('/api/v1/episodes/{id}/assessments', { params: { path: { id: episodeId } } })),
      ]);
      return { episode, assessments };
    },
  });
  return (
    <Stack>
      <QueryState query={data}>
        {({ episode, assessments }) => {
          const intake = draftFrom(episode.intake);
          const name = intake.client.name ?? 'Client';
          return (
            <>
              <Breadcrumbs aria-label="Breadcrumb">
                <Anchor component={Link} to="/clinic/clients">
                  Clients
                </Anchor>
                <Anchor component={Link} to={`/clinic/clients/${episode.clientId}`}>
                  {name}
                </Anchor>
                <Text>Assessment</Text>
              </Breadcrumbs>
              <div>
                <Title order={1}>
                  {saved ? 'Assessment saved' : assessments.length === 0 ? 'Assessment' : 'Re-assessment'}
                </Title>
                <Text c="dimmed">
                  {name}, episode started {episode.startedOn}
                  {assessments.length > 0
                    ? ` · ${String(assessments.length)} earlier assessment${assessments.length > 1 ? 's' : ''}`
                    : ''}{' '}
                  ·{' '}
                  <Anchor component={Link} underline="always" to={`/clinic/episodes/${episodeId}/intake`}>
                    edit the intake
                  </Anchor>
                </Text>
              </div>
              {saved ? (
                <SavedPanel
                  created={saved.created}
                  episodeId={episodeId}
                  baselineNote={saved.note}
                  onAnother={() => {
                    setSaved(null);
                    setRound((r) => r + 1);
                  }}
                />
              ) : (
                <AssessmentForm
                  key={round}
                  episodeId={episodeId}
                  intake={intake}
                  canUpdateIntake={episode.status === 'active'}
                  firstAssessment={assessments.length === 0}
                  initial={emptyAssessment(localToday(), assessments.length === 0 ? intake.pain.map : [])}
                  previous={previousScores(assessments)}
                  onSaved={(created, note) => {
                    setSaved({ created, note });
                    void queryClient.invalidateQueries({ queryKey: ['episode', episodeId] });
                    scrollTo({ top: 0 });
                  }}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

// Discharge: readiness and outcome (from progression), then the discharge itself, its maintenance program and check-ins.
import { Alert, Group, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { QueryState } from '../ui/QueryState.tsx';
import { DischargeForm, type Discharged } from './closing/DischargeForm.tsx';
import { DischargeResult } from './closing/DischargeResult.tsx';
import { Readiness } from './closing/Readiness.tsx';
import { EpisodeHeader } from './plan/EpisodeHeader.tsx';
import { PdfLink } from './plan/PdfLink.tsx';
import { localToday } from '../ui/charts/format.ts';
import { useEpisode, useProgress } from './plan/queries.ts';

export default function DischargePage() {
  const { episodeId = '' } = useParams();
  const episode = useEpisode(episodeId);
  const progress = useProgress(episodeId);
  const [result, setResult] = useState<Discharged | null>(null);
  const discharged = episode.data?.episode.status === 'discharged';
  return (
    <>
      <EpisodeHeader data={episode.data} title="Discharge" current="discharge" />
      {(result !== null || discharged) && (
        <Group mb="md">
          <PdfLink href={`/api/v1/episodes/${episodeId}/documents/discharge-summary.pdf`}>Discharge summary</PdfLink>
        </Group>
      )}
      {result ? (
        <DischargeResult result={result} />
      ) : (
        <QueryState query={progress}>
          {(report) => (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              <Readiness report={report} />
              {discharged ? (
                <Alert color="gray" title="Already discharged">
                  This episode was discharged on {episode.data?.episode.dischargedOn ?? ''}.
                </Alert>
              ) : (
                <DischargeForm episodeId={episodeId} report={report} today={localToday()} onDone={setResult} />
              )}
            </SimpleGrid>
          )}
        </QueryState>
      )}
    </>
  );
}

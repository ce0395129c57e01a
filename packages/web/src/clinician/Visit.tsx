// The visit note, prefilled from the plan and the home program in force; after saving, progression's suggestions.
import { Alert, Anchor, Button, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { QueryState } from '../ui/QueryState.tsx';
import { EpisodeHeader } from './plan/EpisodeHeader.tsx';
import { localToday } from '../ui/charts/format.ts';
import { useEpisode, usePlan, usePrescription, useProgress } from './plan/queries.ts';
import { Suggestions } from './visit/Suggestions.tsx';
import { VisitForm, type VisitSaved } from './visit/VisitForm.tsx';

export default function VisitPage() {
  const { episodeId = '' } = useParams();
  const episode = useEpisode(episodeId);
  const plan = usePlan(episodeId);
  const program = usePrescription(episodeId);
  const progress = useProgress(episodeId);
  const [saved, setSaved] = useState<VisitSaved | null>(null);
  const [round, setRound] = useState(0);
  return (
    <>
      <EpisodeHeader data={episode.data} title="Visit note" current="visit" />
      {saved ? (
        <Stack gap="md">
          <Alert color="teal" title="Visit saved" role="status">
            {saved.visit.date}: {saved.visit.performed.length} item{saved.visit.performed.length === 1 ? '' : 's'}{' '}
            recorded by {saved.visit.clinician.name}.
          </Alert>
          <Suggestions decisions={saved.decisions} problems={saved.problems} episodeId={episodeId} />
          <Button
            variant="default"
            w="fit-content"
            onClick={() => {
              setSaved(null);
              setRound(round + 1);
            }}
          >
            Write another note
          </Button>
        </Stack>
      ) : (
        <QueryState query={plan}>
          {(p) =>
            p === null ? (
              <Text>
                There is no plan yet.{' '}
                <Anchor component={Link} to={`/clinic/episodes/${episodeId}/plan`}>
                  Generate the plan
                </Anchor>{' '}
                first; the note is prefilled from it.
              </Text>
            ) : (
              <QueryState query={program}>
                {(prog) =>
                  progress.isPending ? (
                    <Loader aria-label="Loading" />
                  ) : (
                    <VisitForm
                      key={round}
                      episodeId={episodeId}
                      plan={p.plan}
                      program={prog}
                      phase={progress.data?.phase ?? null}
                      today={localToday()}
                      onSaved={(v) => {
                        setSaved(v);
                        window.scrollTo({ top: 0 });
                      }}
                    />
                  )
                }
              </QueryState>
            )
          }
        </QueryState>
      )}
    </>
  );
}

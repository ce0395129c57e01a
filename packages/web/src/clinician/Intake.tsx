// An episode's intake, edited: the wizard prefilled from the stored case file; saving replaces it (PUT) and the
// server screens it again, naming anything in the current plan that the new screening restricts.
import { Alert, Anchor, Breadcrumbs, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useEpisode } from './overview/queries.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { draftFrom, type IntakeDraft } from './intake/draft.ts';
import { IntakeWizard } from './intake/IntakeWizard.tsx';
import { replaceIntake } from './intake/save.ts';

type Saved = Awaited<ReturnType<typeof replaceIntake>>;

function SavedNotice({ saved, onEdit }: { saved: Saved; onEdit: () => void }) {
  return (
    <Stack>
      <Alert color="teal" title="Intake saved" role="status">
        The safety screen was run again on the saved intake.
      </Alert>
      {saved.planConflicts.length > 0 && (
        <Alert color="orange" title="The current plan holds what the new screening restricts">
          <List size="sm">
            {saved.planConflicts.map((p) => (
              <List.Item key={p.field}>
                {p.field}: {p.message}
              </List.Item>
            ))}
          </List>
          <Text size="sm" mt="xs">
            Generate the plan again, or edit it, before the next visit.
          </Text>
        </Alert>
      )}
      <Group>
        <Button component={Link} to={`/clinic/episodes/${saved.id}/assessment`}>
          Go to the assessment
        </Button>
        <Button component={Link} to={`/clinic/episodes/${saved.id}/plan`} variant="light">
          Open the plan
        </Button>
        <Button variant="default" onClick={onEdit}>
          Edit the intake again
        </Button>
      </Group>
    </Stack>
  );
}

export default function IntakePage() {
  const { episodeId = '' } = useParams();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<Saved | null>(null);
  const episode = useEpisode(episodeId);
  const save = async (draft: IntakeDraft) => {
    const result = await replaceIntake(episodeId, draft);
    void queryClient.invalidateQueries({ queryKey: ['episode', episodeId] });
    setSaved(result);
  };
  return (
    <Stack>
      <QueryState query={episode}>
        {(e) => (
          <>
            <Breadcrumbs aria-label="Breadcrumb">
              <Anchor component={Link} to="/clinic/clients">
                Clients
              </Anchor>
              <Anchor component={Link} to={`/clinic/clients/${e.clientId}`}>
                {draftFrom(e.intake).client.name ?? 'Client'}
              </Anchor>
              <Text>Intake</Text>
            </Breadcrumbs>
            <Title order={1}>Intake</Title>
            {e.status === 'discharged' && (
              <Alert color="gray" title="Discharged">
                This episode was discharged on {e.dischargedOn ?? '?'}; its intake can no longer change.
              </Alert>
            )}
            {saved ? (
              <SavedNotice
                saved={saved}
                onEdit={() => {
                  setSaved(null);
                }}
              />
            ) : (
              <IntakeWizard
                initial={draftFrom(e.intake)}
                onSave={save}
                saveLabel="Save intake"
                errorPrefixes={['body.']}
              />
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}

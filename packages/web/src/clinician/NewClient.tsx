// New client: their record first, then the intake wizard for a first episode of care; saving the intake opens the
// episode and goes on to the assessment. With ?client=<id> it opens a new episode for an existing client.
import { Breadcrumbs, Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ok } from '../api/client.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { ClientForm, type Client } from './intake/ClientForm.tsx';
import { localToday } from '../ui/charts/format.ts';
import { emptyDraft } from './intake/draft.ts';
import { IntakeWizard } from './intake/IntakeWizard.tsx';
import { createEpisode } from './intake/save.ts';

const PLACEHOLDER = { id: '00000000', name: '', dateOfBirth: null, sex: null };

function NewEpisode({ initialClient }: { initialClient: Client | null }) {
  const [client, setClient] = useState<Client | null>(initialClient);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = localToday();
  const save = async (draft: Parameters<typeof createEpisode>[2]) => {
    if (!client) throw new Error('create the client first');
    const episode = await createEpisode(client.id, today, draft);
    void queryClient.invalidateQueries({ queryKey: ['episodes', client.id] });
    await navigate(`/clinic/episodes/${episode.id}/assessment`, { state: { fromIntake: true } });
  };
  return (
    <IntakeWizard
      key={client?.id ?? 'new'}
      initial={emptyDraft(client ?? PLACEHOLDER, today)}
      onSave={save}
      saveLabel="Save intake and start the assessment"
      errorPrefixes={['body.intake.', 'body.']}
      lead={{
        label: 'Record',
        title: client ? `${client.name}'s record` : 'The client’s record',
        done: client !== null,
        content: <ClientForm existing={client} onSaved={setClient} />,
      }}
    />
  );
}

export default function NewClientPage() {
  const [params] = useSearchParams();
  const clientId = params.get('client');
  const existing = useQuery({
    queryKey: ['client', clientId],
    queryFn: () => ok(api.GET('/api/v1/clients/{id}', { params: { path: { id: clientId ?? '' } } })),
    enabled: clientId !== null,
  });
  return (
    <Stack>
      <Breadcrumbs aria-label="Breadcrumb">
        <Anchor component={Link} to="/clinic/clients">
          Clients
        </Anchor>
        <Text>{clientId ? 'New episode' : 'New client'}</Text>
      </Breadcrumbs>
      <Title order={1}>{clientId ? 'New episode of care' : 'New client'}</Title>
      {clientId === null ? (
        <NewEpisode initialClient={null} />
      ) : (
        <QueryState query={existing}>{(c) => <NewEpisode initialClient={c} />}</QueryState>
      )}
    </Stack>
  );
}

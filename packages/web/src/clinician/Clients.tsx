// The client list: search by name or e-mail (kept in the address, so back and reload keep it), each row linking to
// the client's page, with their next appointment and whatever needs attention.
import { Button, CloseButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../ui/QueryState.tsx';
import { localDay } from '../ui/charts/format.ts';
import { ClientTable, type ClientRow } from './overview/ClientTable.tsx';
import { useAttention } from './overview/NeedsAttention.tsx';
import { useAppointments, useClients, type Appointment } from './overview/queries.ts';

/** Letters without accents or case, so "dupont" finds "Dupont" and "jose" finds "José". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export default function ClientsPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const setQ = (value: string) => {
    setParams(value === '' ? {} : { q: value }, { replace: true });
  };
  const clients = useClients();
  const now = useMemo(() => new Date().toISOString(), []);
  const upcoming = useAppointments(now, new Date(Date.parse(now) + 90 * 86_400_000).toISOString(), null);
  const attention = useAttention();
  const today = localDay(new Date());

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>Clients</Title>
        <Button component={Link} to="/clinic/clients/new">
          New client
        </Button>
      </Group>
      <TextInput
        label="Search clients"
        placeholder="Name or e-mail"
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
        }}
        type="search"
        maw={420}
        rightSection={
          q === '' ? null : (
            <CloseButton
              aria-label="Clear the search"
              onClick={() => {
                setQ('');
              }}
            />
          )
        }
      />
      <QueryState query={clients}>
        {(list) => {
          const words = fold(q).split(/\s+/).filter(Boolean);
          const found = list
            .filter((c) => words.every((w) => fold(`${c.name} ${c.email ?? ''}`).includes(w)))
            .sort((a, b) => a.name.localeCompare(b.name));
          const nextOf = new Map<string, Appointment>();
          for (const a of [...(upcoming.data ?? [])].sort((x, y) => x.startsAt.localeCompare(y.startsAt))) {
            if (a.status === 'scheduled' && !nextOf.has(a.clientId)) nextOf.set(a.clientId, a);
          }
          const rows: ClientRow[] = found.map((client) => ({
            client,
            next: nextOf.get(client.id),
            attention: (attention.data ?? []).filter((a) => a.clientId === client.id),
          }));
          return (
            <>
              <Text size="sm" c="dimmed" role="status">
                {q === ''
                  ? `${String(list.length)} clients`
                  : `${String(found.length)} of ${String(list.length)} clients match “${q}”`}
              </Text>
              {found.length > 0 && <ClientTable rows={rows} today={today} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

// The clinic's clients as a table: name (to their page), age, next appointment and anything that needs attention.
import { ageOn } from '@tandem/engine';
import { Anchor, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { TONE_COLOR } from '../../ui/charts/DecisionTimeline.tsx';
import { decisionLabel } from '../../ui/charts/decisions.ts';
import { formatDay, formatTime, localDay } from '../../ui/charts/format.ts';
import type { AttentionItem } from './AttentionList.tsx';
import type { Appointment, Client } from './queries.ts';
import { ToneBadge } from '../../ui/charts/ToneBadge.tsx';

export interface ClientRow {
  client: Client;
  next: Appointment | undefined;
  attention: readonly AttentionItem[];
}

export function ClientTable({ rows, today }: { rows: readonly ClientRow[]; today: string }) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Age</Table.Th>
            <Table.Th scope="col">Next appointment</Table.Th>
            <Table.Th scope="col">Needs attention</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ client, next, attention }) => (
            <Table.Tr key={client.id}>
              <Table.Td>
                <Anchor component={Link} to={`/clinic/clients/${client.id}`} fw={600}>
                  {client.name}
                </Anchor>
                {client.email !== null && (
                  <Text size="xs" c="dimmed">
                    {client.email}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{client.dateOfBirth === null ? '–' : ageOn(client.dateOfBirth, today)}</Table.Td>
              <Table.Td>
                {next ? (
                  <Text size="sm">
                    {formatDay(localDay(next.startsAt))}, {formatTime(next.startsAt)}
                    {next.kind === 'telehealth' ? ' (video)' : ''}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    None booked
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {attention.length === 0 && (
                    <Text size="sm" c="dimmed">
                      –
                    </Text>
                  )}
                  {attention.map((a) => {
                    const { label, tone } = decisionLabel(a.decision);
                    return (
                      <ToneBadge key={a.decision} size="sm" color={TONE_COLOR[tone]} title={a.rationale}>
                        {label}
                      </ToneBadge>
                    );
                  })}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

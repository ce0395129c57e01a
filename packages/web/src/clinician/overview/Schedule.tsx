// The schedule: today's appointments, then the days ahead grouped by day, for one clinician or the whole clinic.
import { Divider, Stack, Text, Title } from '@mantine/core';
import { addDays } from '@tandem/engine';
import { QueryState } from '../../ui/QueryState.tsx';
import { formatWeekday, localDay } from '../../ui/charts/format.ts';
import { AppointmentRow } from './AppointmentRow.tsx';
import { useAppointments, useClientNames, useStaffNames, type Appointment } from './queries.ts';

const AHEAD_DAYS = 7;

function localMidnight(isoDay: string): string {
  const [y = 0, m = 1, d = 1] = isoDay.split('-').map(Number);
  return new Date(y, m - 1, d).toISOString();
}

function byDay(appointments: readonly Appointment[]): [string, Appointment[]][] {
  const days = new Map<string, Appointment[]>();
  for (const a of [...appointments].sort((x, y) => x.startsAt.localeCompare(y.startsAt))) {
    const day = localDay(a.startsAt);
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return [...days];
}

function DayList({
  items,
  clients,
  staff,
}: {
  items: readonly Appointment[];
  clients: ReadonlyMap<string, string>;
  staff: ReadonlyMap<string, string> | null;
}) {
  return (
    <Stack gap={0} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((a) => (
        <AppointmentRow
          key={a.id}
          appointment={a}
          clientName={clients.get(a.clientId) ?? 'Client'}
          clinicianName={staff?.get(a.clinicianId)}
        />
      ))}
    </Stack>
  );
}

export function Schedule({ today, clinicianId }: { today: string; clinicianId: string | null }) {
  const query = useAppointments(
    localMidnight(today),
    new Date(Date.parse(localMidnight(addDays(today, AHEAD_DAYS + 1))) - 1).toISOString(),
    clinicianId,
  );
  const clients = useClientNames();
  const staffNames = useStaffNames(clinicianId === null);
  const staff = clinicianId === null ? staffNames : null;
  return (
    <QueryState query={query}>
      {(appointments) => {
        const days = byDay(appointments);
        const todays = days.find(([d]) => d === today)?.[1] ?? [];
        const later = days.filter(([d]) => d > today);
        return (
          <Stack gap="md">
            <section aria-labelledby="schedule-today">
              <Title order={2} size="h3" id="schedule-today">
                Schedule today
              </Title>
              {todays.length === 0 ? (
                <Text c="dimmed" mt="xs">
                  Nothing booked today.
                </Text>
              ) : (
                <DayList items={todays} clients={clients} staff={staff} />
              )}
            </section>
            <Divider />
            <section aria-labelledby="schedule-ahead">
              <Title order={2} size="h4" id="schedule-ahead">
                Next {AHEAD_DAYS} days
              </Title>
              {later.length === 0 && (
                <Text c="dimmed" mt="xs">
                  Nothing booked in the next {AHEAD_DAYS} days.
                </Text>
              )}
              <Stack gap="sm" mt="xs">
                {later.map(([day, items]) => (
                  <div key={day}>
                    <Title order={3} size="sm" c="gray.8" fw={700}>
                      {formatWeekday(day)}
                    </Title>
                    <DayList items={items} clients={clients} staff={staff} />
                  </div>
                ))}
              </Stack>
            </section>
          </Stack>
        );
      }}
    </QueryState>
  );
}

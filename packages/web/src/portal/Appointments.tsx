// The client's appointments: what is coming up (clinic visits and video check-ins, with the link), and the recent past.
import { Stack, Text, Title } from '@mantine/core';
import { QueryState } from '../ui/QueryState.tsx';
import { AppointmentCard } from './AppointmentCard.tsx';
import { useAppointments, useEducation, useEpisode } from './data.ts';

/** [P] The recent past is enough for a client; the clinic keeps the full history. */
const PAST_SHOWN = 5;

/** Clinicians' names the client's own records carry (who shared their reading); the appointment list has ids only. */
function useClinicianNames(): Map<string, string> {
  const episode = useEpisode();
  const education = useEducation(episode.data?.id ?? '', episode.data != null);
  return new Map((episode.data ? (education.data ?? []) : []).map((t) => [t.assignedBy.id, t.assignedBy.name]));
}

export default function AppointmentsPage() {
  const appointments = useAppointments();
  const names = useClinicianNames();
  const now = Date.now();
  return (
    <Stack gap="md">
      <Title order={1}>Appointments</Title>
      <QueryState query={appointments}>
        {(all) => {
          const upcoming = all
            .filter((a) => a.status === 'scheduled' && Date.parse(a.startsAt) + a.minutes * 60_000 >= now)
            .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
          const past = all
            .filter((a) => !upcoming.includes(a))
            .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
            .slice(0, PAST_SHOWN);
          return (
            <>
              <Title order={2} size="h3">
                Coming up
              </Title>
              {upcoming.length === 0 ? (
                <Text>No appointment is booked. Contact the clinic to book one.</Text>
              ) : (
                upcoming.map((a) => (
                  <AppointmentCard key={a.id} appointment={a} clinician={names.get(a.clinicianId) ?? null} upcoming />
                ))
              )}
              {past.length > 0 && (
                <Title order={2} size="h3" mt="md">
                  Recent
                </Title>
              )}
              {past.map((a) => (
                <AppointmentCard
                  key={a.id}
                  appointment={a}
                  clinician={names.get(a.clinicianId) ?? null}
                  upcoming={false}
                />
              ))}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

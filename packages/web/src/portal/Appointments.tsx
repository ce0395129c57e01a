// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function AppointmentsPage() {
  return <Title order={1}>Appointments</Title>;
}

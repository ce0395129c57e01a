// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function ClientsPage() {
  return <Title order={1}>Clients</Title>;
}

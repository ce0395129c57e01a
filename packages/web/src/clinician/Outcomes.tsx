// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function OutcomesPage() {
  return <Title order={1}>Outcomes</Title>;
}

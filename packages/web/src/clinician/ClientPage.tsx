// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function ClientPagePage() {
  return <Title order={1}>ClientPage</Title>;
}

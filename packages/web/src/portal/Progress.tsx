// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function ProgressPage() {
  return <Title order={1}>Progress</Title>;
}

// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function LearnPage() {
  return <Title order={1}>Learn</Title>;
}

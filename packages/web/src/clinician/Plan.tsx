// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function PlanPage() {
  return <Title order={1}>Plan</Title>;
}

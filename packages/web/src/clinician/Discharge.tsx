// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function DischargePage() {
  return <Title order={1}>Discharge</Title>;
}

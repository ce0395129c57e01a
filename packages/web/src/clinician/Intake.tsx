// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function IntakePage() {
  return <Title order={1}>Intake</Title>;
}

// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function NewClientPage() {
  return <Title order={1}>NewClient</Title>;
}

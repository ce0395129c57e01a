// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function VisitPage() {
  return <Title order={1}>Visit</Title>;
}

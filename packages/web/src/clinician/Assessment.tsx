// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function AssessmentPage() {
  return <Title order={1}>Assessment</Title>;
}

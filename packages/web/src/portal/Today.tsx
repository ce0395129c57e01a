// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function TodayPage() {
  return <Title order={1}>Today</Title>;
}

// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function FlareUpPage() {
  return <Title order={1}>FlareUp</Title>;
}

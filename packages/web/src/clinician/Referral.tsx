// Placeholder until this page is built.
import { Title } from '@mantine/core';

export default function ReferralPage() {
  return <Title order={1}>Referral</Title>;
}

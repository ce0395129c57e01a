import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFound() {
  return (
    <Container py="xl" component="main">
      <Title order={1}>Page not found</Title>
      <Text my="md">There is no page at this address.</Text>
      <Anchor component={Link} to="/">
        Go to your start page
      </Anchor>
    </Container>
  );
}

// The sign-in page: email and password; the server's message is shown as it is worded (lockout, wrong password).
import { Alert, Button, Container, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { ApiError, api, ok, setCsrfToken } from '../api/client.ts';

export default function SignIn() {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setBusy(true);
    setError(null);
    try {
      const session = await ok(
        api.POST('/api/v1/auth/login', { body: { email: field('email'), password: field('password') } }),
      );
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(['session'], session);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Signing in failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Container size={420} py={80} component="main">
      <Title order={1} ta="center" c="teal.9">
        Tandem
      </Title>
      <Text ta="center" c="dimmed" mb="lg">
        Hands-on care and exercise, one plan
      </Text>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <form onSubmit={(e) => void submit(e)} aria-label="Sign in">
          <Stack>
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label="Email" name="email" type="email" autoComplete="username" required />
            <PasswordInput label="Password" name="password" autoComplete="current-password" required />
            <Button type="submit" loading={busy} fullWidth>
              Sign in
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}

// The client's record (name, date of birth, sex, e-mail): created with POST /clients, or changed with PATCH.
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { api, ApiError, ok } from '../../api/client.ts';
import type { Body, Ok } from '../../api/types.ts';

export type Client = Ok<'/api/v1/clients/{id}', 'get'>;
type NewClient = Body<'/api/v1/clients', 'post'>;
type Sex = NonNullable<NewClient['sex']>;

const SEX_OPTIONS: { value: Sex; label: string }[] = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Other' },
  { value: 'unspecified', label: 'Prefers not to say' },
];

export function ClientForm({ existing, onSaved }: { existing: Client | null; onSaved: (c: Client) => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(existing?.name ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(existing?.dateOfBirth ?? '');
  const [sex, setSex] = useState<Sex | null>(SEX_OPTIONS.find((o) => o.value === existing?.sex)?.value ?? null);
  const [email, setEmail] = useState(existing?.email ?? '');
  const save = useMutation({
    mutationFn: async () => {
      const body: NewClient = {
        name,
        ...(dateOfBirth ? { dateOfBirth } : {}),
        ...(sex ? { sex } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
      };
      return existing
        ? ok(api.PATCH('/api/v1/clients/{id}', { params: { path: { id: existing.id } }, body }))
        : ok(api.POST('/api/v1/clients', { body }));
    },
    onSuccess: (client) => {
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
      onSaved(client);
    },
  });
  const err = save.error instanceof ApiError ? save.error : null;
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Full name"
            required
            autoComplete="off"
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
            }}
            error={err?.problemFor('name')}
          />
          <TextInput
            label="Date of birth"
            type="date"
            value={dateOfBirth}
            onChange={(e) => {
              setDateOfBirth(e.currentTarget.value);
            }}
            error={err?.problemFor('dateOfBirth')}
          />
          <Select
            label="Sex"
            data={SEX_OPTIONS}
            clearable
            value={sex}
            onChange={(v) => {
              setSex(SEX_OPTIONS.find((o) => o.value === v)?.value ?? null);
            }}
            error={err?.problemFor('sex')}
          />
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(e) => {
              setEmail(e.currentTarget.value);
            }}
            error={err?.problemFor('email')}
          />
        </SimpleGrid>
        {err && err.problems.length === 0 && (
          <Text c="red.8" size="sm" role="alert">
            {err.message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {existing ? 'Save and continue' : 'Create client and continue'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// A new referral: to whom, how soon, why, and the question for the other professional. The screening's red flags
// prefill urgency and reason.
import type { ScreeningResult } from '@tandem/engine';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, ok } from '../../api/client.ts';
import { keys } from '../plan/queries.ts';

type Urgency = 'emergency' | 'urgent' | 'routine';

function fromScreening(screening: ScreeningResult): { urgency: Urgency; reason: string } {
  const alerts = screening.alerts;
  if (alerts.length === 0) return { urgency: 'routine', reason: '' };
  const reason = alerts.map((a) => `${a.reasons.join('; ')}. ${a.rationale} (${a.ruleId})`).join('\n');
  return { urgency: screening.referral?.urgency ?? alerts[0]?.urgency ?? 'routine', reason };
}

export function ReferralForm({ episodeId, screening }: { episodeId: string; screening: ScreeningResult }) {
  const queryClient = useQueryClient();
  const start = fromScreening(screening);
  const [to, setTo] = useState('');
  const [urgency, setUrgency] = useState<Urgency>(start.urgency);
  const [reason, setReason] = useState(start.reason);
  const [question, setQuestion] = useState('');
  const create = useMutation({
    mutationFn: () =>
      ok(
        api.POST('/api/v1/episodes/{id}/referrals', {
          params: { path: { id: episodeId } },
          // The API keeps one text for the reason; the question goes at its end, labelled, so the letter carries it.
          body: {
            to,
            urgency,
            reason: question.trim() === '' ? reason : `${reason.trim()}\n\nQuestion: ${question.trim()}`,
          },
        }),
      ),
    onSuccess: async () => {
      setTo('');
      setQuestion('');
      setReason(start.reason);
      await queryClient.invalidateQueries({ queryKey: keys.referrals(episodeId) });
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h3">
          New referral
        </Title>
        {screening.alerts.length > 0 && (
          <Alert color="red" title="The safety screen raised red flags">
            <Text size="sm">Urgency and reason are prefilled from them; check and complete.</Text>
          </Alert>
        )}
        <TextInput
          label="Refer to"
          placeholder="e.g. the client's GP, Dr Patel"
          required
          value={to}
          onChange={(e) => {
            setTo(e.currentTarget.value);
          }}
          error={error?.problemFor('to')}
        />
        <div>
          <Text size="sm" fw={500} id="urgency-label">
            Urgency
          </Text>
          <SegmentedControl
            aria-labelledby="urgency-label"
            value={urgency}
            onChange={(v) => {
              setUrgency(v);
            }}
            data={[
              { value: 'routine', label: 'Routine' },
              { value: 'urgent', label: 'Urgent' },
              { value: 'emergency', label: 'Emergency' },
            ]}
            color={urgency === 'routine' ? 'teal.9' : 'red.9'}
          />
          {error?.problemFor('urgency') !== undefined && (
            <Text size="sm" c="red.9">
              {error.problemFor('urgency')}
            </Text>
          )}
        </div>
        <Textarea
          label="Reason"
          required
          autosize
          minRows={3}
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
          }}
          error={error?.problemFor('reason')}
        />
        <Textarea
          label="Question for the other professional"
          placeholder="What would you like them to assess or advise?"
          autosize
          minRows={2}
          value={question}
          onChange={(e) => {
            setQuestion(e.currentTarget.value);
          }}
        />
        {create.error && error?.problems.length === 0 && (
          <Alert color="red" role="alert">
            {create.error.message}
          </Alert>
        )}
        {create.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            Referral recorded.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={create.isPending}>
            Record referral
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

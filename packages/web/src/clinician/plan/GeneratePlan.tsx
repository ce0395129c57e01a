// No plan yet: one button asks the engine for one (from the intake and the latest questionnaires).
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ok } from '../../api/client.ts';

export function GeneratePlan({ episodeId }: { episodeId: string }) {
  const queryClient = useQueryClient();
  const generate = useMutation({
    mutationFn: () =>
      ok(api.POST('/api/v1/episodes/{id}/plan/generate', { params: { path: { id: episodeId } }, body: {} })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['episode', episodeId] }),
  });
  return (
    <Card withBorder maw={640}>
      <Stack gap="sm">
        <Title order={2} size="h3">
          No plan yet
        </Title>
        <Text size="sm">
          Tandem builds the plan from the intake, the safety screen and the latest questionnaires: phases, a visit
          template, a home program, goals and education, each with the rule behind it. You can edit it and save your own
          version afterwards.
        </Text>
        {generate.error && (
          <Alert color="red" role="alert" title="The plan was not generated">
            {generate.error.message}
          </Alert>
        )}
        <Button
          onClick={() => {
            generate.mutate();
          }}
          loading={generate.isPending}
          w="fit-content"
        >
          Generate plan
        </Button>
      </Stack>
    </Card>
  );
}

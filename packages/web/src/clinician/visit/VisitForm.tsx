// The visit note: S (what the client reports, pain now), O (what was done and found, per technique and exercise),
// A (how they responded), P (next steps); saved in one request, refused items marked where they are.
import type { Plan } from '@tandem/engine';
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api, ok } from '../../api/client.ts';
import type { Ok } from '../../api/types.ts';
import { BLOCK_LABELS } from '../plan/labels.ts';
import type { Program } from '../plan/queries.ts';
import { ExerciseRowEditor } from './ExerciseRowEditor.tsx';
import { prefill, problemsByRow, toBody, type VisitDraft } from './prefill.ts';
import { SoapField } from './SoapField.tsx';
import { TechniqueRowEditor } from './TechniqueRowEditor.tsx';

export type VisitSaved = Ok<'/api/v1/episodes/{id}/visits', 'post'>;
const rating = (v: string | number): number | null => (typeof v === 'number' ? v : null);

export function VisitForm({
  episodeId,
  plan,
  program,
  phase,
  today,
  onSaved,
}: {
  episodeId: string;
  plan: Plan;
  program: Program;
  phase: string | null;
  today: string;
  onSaved: (saved: VisitSaved) => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<VisitDraft>(() => prefill(plan, program, today, phase));
  const [sent, setSent] = useState<{ techniqueKeys: string[]; exerciseKeys: string[] }>({
    techniqueKeys: [],
    exerciseKeys: [],
  });
  const save = useMutation({
    mutationFn: () => {
      const built = toBody(draft);
      setSent(built);
      return ok(api.POST('/api/v1/episodes/{id}/visits', { params: { path: { id: episodeId } }, body: built.body }));
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['episode', episodeId] });
      onSaved(saved);
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const problems = problemsByRow(error?.problems ?? [], sent);
  const set = <K extends keyof VisitDraft>(key: K, value: VisitDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const fieldProblem = (f: string) => problems.get(f)?.join(' ');
  const blocks = (['warm_up', 're_education', 'home'] as const).map((b) => ({
    b,
    rows: draft.exercises.filter((e) => e.block === b),
  }));

  return (
    <Stack
      gap="lg"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Paper withBorder p="md">
        <Title order={2} size="h3" mb="xs">
          S · Subjective
        </Title>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label="Visit date"
            w={170}
            value={draft.date}
            onChange={(e) => {
              set('date', e.currentTarget.value);
            }}
            error={fieldProblem('date')}
            required
          />
          <NumberInput
            label="Pain now (0–10)"
            w={140}
            min={0}
            max={10}
            value={draft.painAtRest ?? ''}
            onChange={(v) => {
              set('painAtRest', rating(v));
            }}
            error={fieldProblem('painAtRest')}
          />
          <NumberInput
            label="Sleep last night (0–10, 10 best)"
            w={250}
            min={0}
            max={10}
            value={draft.sleep ?? ''}
            onChange={(v) => {
              set('sleep', rating(v));
            }}
          />
          <NumberInput
            label="Tiredness (0–10)"
            w={150}
            min={0}
            max={10}
            value={draft.fatigue ?? ''}
            onChange={(v) => {
              set('fatigue', rating(v));
            }}
          />
        </Group>
        <SoapField
          letter="S"
          label="Client report"
          hint="How the week went, the home program, anything new."
          value={draft.subjective}
          onChange={(v) => {
            set('subjective', v);
          }}
          error={fieldProblem('soap.subjective')}
        />
      </Paper>

      <Paper withBorder p="md">
        <Title order={2} size="h3">
          O · Objective: what was done
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Prefilled from the plan's visit template and the home program in force; untick what was not done.
        </Text>
        <Stack gap="md">
          {blocks
            .filter((x) => x.b === 'warm_up')
            .map(
              ({ rows }) =>
                rows.length > 0 && (
                  <Stack key="warm" gap="xs">
                    <Title order={3} size="h5">
                      {BLOCK_LABELS.warm_up}
                    </Title>
                    {rows.map((r) => (
                      <ExerciseRowEditor
                        key={r.key}
                        row={r}
                        problems={problems.get(r.key)}
                        onChange={(row) => {
                          set(
                            'exercises',
                            draft.exercises.map((x) => (x.key === row.key ? row : x)),
                          );
                        }}
                      />
                    ))}
                  </Stack>
                ),
            )}
          {draft.techniques.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h5">
                {BLOCK_LABELS.manual}
              </Title>
              {draft.techniques.map((t) => (
                <TechniqueRowEditor
                  key={t.key}
                  row={t}
                  problems={problems.get(t.key)}
                  onChange={(row) => {
                    set(
                      'techniques',
                      draft.techniques.map((x) => (x.key === row.key ? row : x)),
                    );
                  }}
                />
              ))}
            </Stack>
          )}
          {blocks
            .filter((x) => x.b !== 'warm_up')
            .map(
              ({ b, rows }) =>
                rows.length > 0 && (
                  <Stack key={b} gap="xs">
                    <Title order={3} size="h5">
                      {b === 'home' ? 'Other home exercises (check if reviewed)' : BLOCK_LABELS[b]}
                    </Title>
                    {rows.map((r) => (
                      <ExerciseRowEditor
                        key={r.key}
                        row={r}
                        problems={problems.get(r.key)}
                        onChange={(row) => {
                          set(
                            'exercises',
                            draft.exercises.map((x) => (x.key === row.key ? row : x)),
                          );
                        }}
                      />
                    ))}
                  </Stack>
                ),
            )}
          <SoapField
            letter="O"
            label="Findings"
            hint="What you observed or measured (range, control, palpation)."
            value={draft.objective}
            onChange={(v) => {
              set('objective', v);
            }}
            error={fieldProblem('soap.objective')}
          />
        </Stack>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <SoapField
          letter="A"
          label="Response"
          hint="How the client responded to the session."
          value={draft.assessment}
          onChange={(v) => {
            set('assessment', v);
          }}
          error={fieldProblem('soap.assessment')}
        />
        <SoapField
          letter="P"
          label="Next steps"
          hint="Prefilled from the plan; adjust as needed."
          value={draft.plan}
          onChange={(v) => {
            set('plan', v);
          }}
          error={fieldProblem('soap.plan')}
        />
      </SimpleGrid>

      {save.error && (
        <Alert color="red" role="alert" title="The visit was not saved">
          {save.error.message}
          {[...problems.entries()]
            .filter(([k]) => !k.includes('-'))
            .map(([k, m]) => (
              <Text key={k} size="sm">
                {k}: {m.join(' ')}
              </Text>
            ))}
        </Alert>
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          Save visit
        </Button>
      </Group>
    </Stack>
  );
}

// What progression decided after the visit: per exercise (progress, hold, regress) and for the episode, each with
// its rule and reason; the clinician accepts each, or overrides an exercise's new dose.
import { EXERCISES_BY_ID, type Prescription } from '@tandem/engine';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { doseLabel } from '../plan/labels.ts';
import type { DecisionOut } from '../plan/queries.ts';
import { OverrideForm } from './OverrideForm.tsx';

const COLOUR: Record<string, string> = {
  progress: 'teal.9',
  hold: 'blue.9',
  regress: '#a5410d',
  setback: 'red.9',
  fatigue: '#a5410d',
  plateau: 'grape.9',
  discharge_ready: 'teal.9',
  phase_ready: 'teal.9',
};
const LABEL: Record<string, string> = {
  progress: 'Progress',
  hold: 'Hold',
  regress: 'Ease back',
  phase_ready: 'Ready for the next phase',
  reassess_due: 'Re-assessment due',
  discharge_ready: 'Ready for discharge',
  adherence_low: 'Low adherence',
  setback: 'Setback',
  fatigue: 'Deload',
  plateau: 'Plateau',
};

function isPrescription(v: unknown): v is Prescription {
  return typeof v === 'object' && v !== null && 'sets' in v && 'exercise' in v;
}

function Suggestion({ d, episodeId }: { d: DecisionOut; episodeId: string }) {
  const [state, setState] = useState<'open' | 'accepted' | 'overriding'>('open');
  const [note, setNote] = useState<string | null>(null);
  const before = d.action?.before;
  const after = d.action?.after;
  const change = d.action?.change;
  const name = d.exercise === null ? 'Episode' : (EXERCISES_BY_ID.get(d.exercise)?.name ?? d.exercise);
  return (
    <Card
      withBorder
      data-decision={d.decision}
      aria-label={`${name}: ${LABEL[d.decision] ?? d.decision}`}
      component="article"
    >
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Group gap="xs">
            <Title order={3} size="h5">
              {name}
            </Title>
            <Badge color={COLOUR[d.decision] ?? 'gray.8'}>{LABEL[d.decision] ?? d.decision}</Badge>
          </Group>
          {typeof change === 'string' && (
            <Text size="sm" mt={4}>
              {change}
            </Text>
          )}
          {isPrescription(before) &&
            isPrescription(after) &&
            (doseLabel(before) === doseLabel(after) ? (
              <Text size="sm" c="dimmed">
                Dose stays {doseLabel(after)}
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                {doseLabel(before)} → <b>{doseLabel(after)}</b>
              </Text>
            ))}
          <Text size="sm" mt={4}>
            {d.rationale}
          </Text>
          <Text size="xs" c="dimmed">
            Rule {d.ruleId}
          </Text>
        </div>
        {state === 'open' && (
          <Group gap="xs">
            <Button
              size="compact-sm"
              onClick={() => {
                setState('accepted');
              }}
              aria-label={`Accept: ${name}`}
            >
              Accept
            </Button>
            {d.scope === 'exercise' && isPrescription(after) && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => {
                  setState('overriding');
                }}
                aria-label={`Override: ${name}`}
              >
                Override
              </Button>
            )}
          </Group>
        )}
        {state === 'accepted' && <Badge variant="default">{note === null ? 'Accepted' : 'Overridden'}</Badge>}
      </Group>
      {state === 'overriding' && d.exercise !== null && isPrescription(after) && (
        <OverrideForm
          episodeId={episodeId}
          date={d.date}
          exercise={d.exercise}
          start={after}
          onCancel={() => {
            setState('open');
          }}
          onDone={(text) => {
            setNote(text);
            setState('accepted');
          }}
        />
      )}
      {note !== null && (
        <Text size="sm" c="teal.9" mt="xs" role="status">
          {note}
        </Text>
      )}
    </Card>
  );
}

export function Suggestions({
  decisions,
  problems,
  episodeId,
}: {
  decisions: readonly DecisionOut[];
  problems: readonly { path: string; message: string }[];
  episodeId: string;
}) {
  const episode = decisions.filter((d) => d.scope === 'episode');
  const exercises = decisions.filter((d) => d.scope === 'exercise');
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        Progression suggestions
      </Title>
      {problems.length > 0 && (
        <Alert color="orange" title="Progression could not read everything">
          {problems.map((p) => p.message).join(' ')}
        </Alert>
      )}
      {decisions.length === 0 && <Text size="sm">No decision for this date: nothing logged called for one.</Text>}
      {episode.map((d, i) => (
        <Suggestion key={`e${String(i)}`} d={d} episodeId={episodeId} />
      ))}
      {exercises.map((d, i) => (
        <Suggestion key={`x${String(i)}`} d={d} episodeId={episodeId} />
      ))}
    </Stack>
  );
}

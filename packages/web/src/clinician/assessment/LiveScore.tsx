// A questionnaire's score as the engine computes it in the browser, with its band, the change that matters, and
// (when the episode has an earlier score) whether the change from it is meaningful.
import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { INSTRUMENTS, isMeaningfulChange, scoreInstrument, type InstrumentId } from '@tandem/engine';
import { humanize, mcidText, scoreText } from './scoreText.ts';

export interface Previous {
  score: number;
  date: string;
}

const VERDICT = { improved: 'teal', worsened: 'red', no_meaningful_change: 'gray' } as const;

export function LiveScore({
  id,
  answers,
  previous,
}: {
  id: InstrumentId;
  answers: unknown;
  previous: Previous | undefined;
}) {
  const result = scoreInstrument(id, answers);
  const instrument = INSTRUMENTS[id];
  return (
    <Paper
      bg="gray.0"
      p="sm"
      radius="sm"
      aria-live="polite"
      data-testid={`score-${id}`}
      data-score={result.ok ? String(result.value.score) : ''}
    >
      <Stack gap={4}>
        {result.ok ? (
          <Group gap="xs">
            <Text fw={700} size="lg">
              {scoreText(result.value)}
            </Text>
            {result.value.band !== undefined && (
              <Badge variant="outline" color="dark">
                {humanize(result.value.band)}
              </Badge>
            )}
            {result.value.subscales &&
              Object.entries(result.value.subscales).map(([k, v]) => (
                <Text key={k} size="sm">
                  {humanize(k)}: {Math.round(v * 10) / 10}
                </Text>
              ))}
          </Group>
        ) : (
          <Text size="sm">Not scored yet: {result.problems[0]?.message ?? 'answer the items'}</Text>
        )}
        <Text size="sm">{mcidText(id)}</Text>
        {result.ok &&
          previous &&
          (() => {
            const change = isMeaningfulChange(id, previous.score, result.value.score);
            return (
              <Group gap="xs">
                <Badge color={VERDICT[change.decision]} variant="outline">
                  {humanize(change.decision)}
                </Badge>
                <Text size="sm">
                  since {previous.date} ({Math.round(previous.score * 10) / 10}): {change.rationale}
                </Text>
              </Group>
            );
          })()}
        <Text size="xs" c="dimmed">
          {result.ok ? `Rule ${result.value.ruleId}` : ''}
          {result.ok && result.value.bandSource ? ` · bands: ${result.value.bandSource}` : ''} · MCID:{' '}
          {instrument.change.source}
        </Text>
      </Stack>
    </Paper>
  );
}

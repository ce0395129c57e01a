// The next-morning check: how yesterday's session sits this morning, one tap for the whole session (sent for each
// exercise done, as the pain-monitoring model judges each one by its next-morning response).
import { addDays } from '@tandem/engine';
import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { formatWeekday } from '../ui/charts/format.ts';
import { useState } from 'react';
import { useSession } from '../auth/session.tsx';
import { submit } from '../offline/outbox.ts';
import { uuid } from '../offline/uuid.ts';
import { useOutbox } from '../offline/useOutbox.ts';
import type { Decision, LogEntry } from './data.ts';
import { DecisionList } from './DecisionList.tsx';
import { RatingScale } from './RatingScale.tsx';

interface Pending {
  entryId: string;
  date: string;
  exercise: string;
}

export function pendingMornings(entries: readonly LogEntry[], date: string): Pending[] {
  return entries
    .filter((e) => e.date === date)
    .flatMap((e) =>
      e.exercises
        .filter((x) => x.done !== null && x.done.sets > 0 && x.painNextMorning === undefined)
        .map((x) => ({ entryId: e.id, date: e.date, exercise: x.exercise })),
    );
}

type Outcome = { kind: 'sent'; decisions: Decision[] } | { kind: 'waiting' } | { kind: 'refused'; message: string };

/** The morning of `date`: how the sessions logged the day before sit now (this morning, or a morning being caught up). */
export function MorningCheck({ entries, date, today }: { entries: readonly LogEntry[]; date: string; today: string }) {
  const yesterday = addDays(date, -1);
  const thisMorning = date === today;
  const { user } = useSession();
  const { waiting } = useOutbox();
  const [pain, setPain] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const queued = new Set(
    waiting.flatMap((w) => (w.kind === 'next-morning' ? [`${w.entryId}:${w.body.exercise}`] : [])),
  );
  const pending = pendingMornings(entries, yesterday).filter((p) => !queued.has(`${p.entryId}:${p.exercise}`));
  if (pending.length === 0 && outcome === null) return null;

  async function save(value: number) {
    setBusy(true);
    let last: Outcome = { kind: 'waiting' };
    for (const p of pending) {
      const result = await submit({
        kind: 'next-morning',
        key: uuid(),
        userId: user.id,
        entryId: p.entryId,
        date: p.date,
        body: { exercise: p.exercise, pain: value },
      });
      if (result.outcome === 'sent')
        last = { kind: 'sent', decisions: (result.body as { decisions?: Decision[] }).decisions ?? [] };
      else if (result.outcome === 'rejected') last = { kind: 'refused', message: result.rejected.message };
      else last = { kind: 'waiting' };
    }
    setOutcome(last);
    setBusy(false);
  }

  return (
    <Card withBorder padding="md" radius="md" bg="teal.0" component="section" aria-labelledby="morning-check">
      <Stack gap="sm">
        <Title order={2} size="h4" id="morning-check">
          {thisMorning ? 'This morning' : `The morning of ${formatWeekday(date)}`}
        </Title>
        {outcome === null ? (
          <>
            <Text size="sm">
              {thisMorning
                ? 'How much does it hurt now, the morning after yesterday’s session?'
                : `How much did it hurt that morning, after the session of ${formatWeekday(yesterday)}?`}{' '}
              It tells the program whether that amount suited you.
            </Text>
            <RatingScale
              label={thisMorning ? 'Pain this morning' : 'Pain that morning'}
              low="no pain"
              high="worst pain"
              value={pain}
              onChange={setPain}
            />
            <Button
              size="md"
              disabled={pain === null}
              loading={busy}
              onClick={() => {
                if (pain !== null) void save(pain);
              }}
            >
              Save the morning’s pain
            </Button>
          </>
        ) : outcome.kind === 'sent' ? (
          <>
            <Text size="sm" fw={600}>
              Thank you. With the morning’s answer, the program decided:
            </Text>
            <DecisionList decisions={outcome.decisions} />
          </>
        ) : outcome.kind === 'waiting' ? (
          <Text size="sm">Saved on this phone; it will be sent when you are back online.</Text>
        ) : (
          <Text size="sm" c="red.8" role="alert">
            {outcome.message}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

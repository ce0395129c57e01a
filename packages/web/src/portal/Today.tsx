// The client's day: the morning check on yesterday's session, today's exercises with their pictures and doses, a
// few taps to log them and the day, then what the program decided. Works offline: the log waits on the phone.
import { addDays, unitOf } from '@tandem/engine';
import { Alert, Button, Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import { useSession } from '../auth/session.tsx';
import { dismissRejected, submit } from '../offline/outbox.ts';
import { useOutbox } from '../offline/useOutbox.ts';
import { uuid } from '../offline/uuid.ts';
import { formatWeekday, localToday } from '../ui/charts/format.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { useLog, useProgram, type Decision, type Episode, type LogEntry, type ProgramItem } from './data.ts';
import { DayCheckIn } from './DayCheckIn.tsx';
import { DecisionList } from './DecisionList.tsx';
import { emptyDay, entryBody, missing, problemsByExercise, type DayDraft, type ExerciseDraft } from './entry.ts';
import { EpisodeGate } from './EpisodeGate.tsx';
import { ExerciseCard } from './ExerciseCard.tsx';
import { MorningCheck } from './MorningCheck.tsx';
import { planDay, weekStart, type Logged } from './today-schedule.ts';

type Result = { kind: 'sent'; date: string; decisions: Decision[] } | { kind: 'waiting'; date: string };

function dayLabel(date: string, today: string): string {
  if (date === today) return `Today, ${formatWeekday(date)}`;
  if (date === addDays(today, -1)) return `Yesterday, ${formatWeekday(date)}`;
  return formatWeekday(date);
}

function DayLog({
  episode,
  date,
  today,
  logs,
}: {
  episode: Episode;
  date: string;
  today: string;
  logs: readonly Logged[];
}) {
  const { user } = useSession();
  const program = useProgram(episode.id, date);
  const [drafts, setDrafts] = useState<Record<string, ExerciseDraft>>({});
  const [day, setDay] = useState<DayDraft>(emptyDay);
  const [errors, setErrors] = useState<{ exercise: Record<string, string[]>; day: string[] }>({
    exercise: {},
    day: [],
  });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  async function send(items: readonly ProgramItem[]) {
    const done = items.flatMap((item) => {
      const draft = drafts[item.exercise];
      return draft ? [{ exercise: item.exercise, unit: unitOf(item), draft }] : [];
    });
    const gaps = missing(done);
    const nothing = done.length === 0 && day.painAtRest === null && day.sleep === null && day.fatigue === null;
    if (nothing || Object.keys(gaps).length > 0) {
      setErrors({
        exercise: Object.fromEntries(Object.entries(gaps).map(([k, v]) => [k, [v]])),
        day: nothing
          ? ['Mark an exercise as done or rate your day first.']
          : ['Some answers are missing: see the exercises marked in red.'],
      });
      return;
    }
    setBusy(true);
    setErrors({ exercise: {}, day: [] });
    const body = entryBody(date, done, day);
    const outcome = await submit({ kind: 'entry', key: uuid(), userId: user.id, episodeId: episode.id, body });
    setBusy(false);
    if (outcome.outcome === 'rejected') {
      // Shown here beside its fields, so it need not wait in the banner too.
      await dismissRejected(user.id, outcome.key);
      const found = problemsByExercise(
        outcome.rejected.problems,
        body.exercises.map((e) => e.exercise),
      );
      const general =
        found.day.length === 0 && Object.keys(found.exercise).length === 0 ? [outcome.rejected.message] : found.day;
      setErrors({ exercise: found.exercise, day: general });
      return;
    }
    const logged = new Set(body.exercises.map((e) => e.exercise));
    const decisions =
      outcome.outcome === 'sent' ? ((outcome.body as { decisions?: Decision[] } | null)?.decisions ?? []) : [];
    setResult(
      outcome.outcome === 'sent'
        ? {
            kind: 'sent',
            date,
            decisions: decisions.filter((d) => d.scope === 'episode' || logged.has(d.exercise ?? '')),
          }
        : { kind: 'waiting', date },
    );
    setDrafts({});
    setDay(emptyDay);
    requestAnimationFrame(() => {
      resultRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
      resultRef.current?.focus();
    });
  }

  return (
    <QueryState query={program}>
      {(p) => {
        const items = p.deload?.exercises ?? p.exercises;
        if (items.length === 0)
          return (
            <Alert color="blue" title="No home program for this day">
              Your clinician has not set a home program for {formatWeekday(date)} yet.
            </Alert>
          );
        const planned = planDay(items, logs, date);
        const card = (x: (typeof planned)[number]) => (
          <ExerciseCard
            key={x.item.exercise}
            item={x.item}
            doneToday={x.doneToday}
            due={x.today}
            week={
              x.item.daysPerWeek >= 7
                ? null
                : `done ${String(x.doneThisWeek)} of ${String(x.item.daysPerWeek)} days this week`
            }
            draft={drafts[x.item.exercise] ?? null}
            errors={errors.exercise[x.item.exercise] ?? []}
            onDraft={(d) => {
              setResult(null);
              setDrafts((all) => {
                const rest = Object.fromEntries(Object.entries(all).filter(([k]) => k !== x.item.exercise));
                return d ? { ...rest, [x.item.exercise]: d } : rest;
              });
            }}
          />
        );
        const todays = planned.filter((x) => x.today);
        const others = planned.filter((x) => !x.today);
        const minutes = todays.length;
        return (
          <Stack gap="md">
            {p.deload && (
              <Alert color="blue" title="A lighter week">
                Until {formatWeekday(p.deload.until)} the doses are lower so your body can recover; your usual doses
                come back after that.
              </Alert>
            )}
            {result && (
              <Card
                ref={resultRef}
                tabIndex={-1}
                withBorder
                padding="md"
                radius="md"
                bg={result.kind === 'sent' ? 'teal.0' : 'blue.0'}
                aria-labelledby="log-result"
                data-testid="log-result"
              >
                <Stack gap="sm">
                  <Title order={2} size="h4" id="log-result">
                    {result.kind === 'sent' ? 'Logged. What the program decided' : 'Saved on this phone'}
                  </Title>
                  {result.kind === 'sent' ? (
                    <>
                      {result.decisions.length > 0 ? (
                        <DecisionList decisions={result.decisions} />
                      ) : (
                        <Text size="sm">Your day is logged. Nothing changes in your program today.</Text>
                      )}
                      <Text size="sm">
                        Tomorrow morning, this page asks how it feels. That answer tells the program whether you are
                        ready for more.
                      </Text>
                    </>
                  ) : (
                    <Text size="sm">
                      Your log for {formatWeekday(result.date)} is kept on this phone and will be sent as soon as you
                      are back online. The program’s decision shows up then.
                    </Text>
                  )}
                </Stack>
              </Card>
            )}
            <Title order={2} size="h3">
              {todays.length === 0 ? 'Nothing more is due today' : `Today’s exercises (${String(minutes)})`}
            </Title>
            {todays.map(card)}
            {others.length > 0 && (
              <>
                <Title order={2} size="h4">
                  Also in your program
                </Title>
                <Text size="sm" c="dimmed">
                  These have had their days this week. Log them if you did them anyway.
                </Text>
                {others.map(card)}
              </>
            )}
            <DayCheckIn
              day={day}
              onChange={(d) => {
                setResult(null);
                setDay(d);
              }}
              errors={{}}
            />
            {errors.day.map((e) => (
              <Alert key={e} color="red" role="alert">
                {e}
              </Alert>
            ))}
            <Button size="lg" loading={busy} onClick={() => void send(items)}>
              Save {date === today ? 'today’s' : 'this day’s'} log
            </Button>
          </Stack>
        );
      }}
    </QueryState>
  );
}

function TodayFor({ episode }: { episode: Episode }) {
  const today = localToday();
  const [date, setDate] = useState(today);
  const days = useMemo(
    () => Array.from({ length: 7 }, (_, i) => addDays(today, -i)).filter((d) => d >= episode.startedOn),
    [today, episode.startedOn],
  );
  const dayBefore = addDays(date, -1);
  const from = [weekStart(date), dayBefore].sort()[0] ?? dayBefore;
  const log = useLog(episode.id, from, today);
  const { waiting } = useOutbox();
  // A body without exercises is stored with none (the server's default).
  const queued: Logged[] = waiting.flatMap((w) =>
    w.kind === 'entry' && w.episodeId === episode.id ? [{ date: w.body.date, exercises: w.body.exercises ?? [] }] : [],
  );
  return (
    <Stack gap="md">
      <NativeSelect
        label="Logging for"
        size="md"
        value={date}
        onChange={(e) => {
          setDate(e.currentTarget.value);
        }}
        data={days.map((d) => ({ value: d, label: dayLabel(d, today) }))}
      />
      <QueryState query={log}>
        {(entries: LogEntry[]) => <MorningCheck key={date} entries={entries} date={date} today={today} />}
      </QueryState>
      {log.data !== undefined && (
        <DayLog key={date} episode={episode} date={date} today={today} logs={[...log.data, ...queued]} />
      )}
    </Stack>
  );
}

export default function TodayPage() {
  return (
    <Stack gap="md">
      <Title order={1}>Today</Title>
      <EpisodeGate>{(episode) => <TodayFor episode={episode} />}</EpisodeGate>
    </Stack>
  );
}

// The day as a whole, in three taps: pain at rest, last night's sleep and today's tiredness.
import { Card, Stack, Title } from '@mantine/core';
import type { DayDraft } from './entry.ts';
import { RatingScale } from './RatingScale.tsx';

export function DayCheckIn({
  day,
  onChange,
  errors,
}: {
  day: DayDraft;
  onChange: (day: DayDraft) => void;
  errors: Partial<Record<keyof DayDraft, string>>;
}) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="day-check-in">
      <Stack gap="md">
        <Title order={2} size="h4" id="day-check-in">
          How is your day?
        </Title>
        <RatingScale
          label="Pain when resting"
          low="no pain"
          high="worst pain"
          value={day.painAtRest}
          onChange={(n) => {
            onChange({ ...day, painAtRest: n });
          }}
          error={errors.painAtRest}
        />
        <RatingScale
          label="Sleep last night"
          low="no sleep"
          high="slept very well"
          value={day.sleep}
          onChange={(n) => {
            onChange({ ...day, sleep: n });
          }}
          error={errors.sleep}
        />
        <RatingScale
          label="Tiredness today"
          low="not tired"
          high="exhausted"
          value={day.fatigue}
          onChange={(n) => {
            onChange({ ...day, fatigue: n });
          }}
          error={errors.fatigue}
        />
      </Stack>
    </Card>
  );
}

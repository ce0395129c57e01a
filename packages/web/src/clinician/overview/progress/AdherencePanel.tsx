// Home-program adherence: the engine's figure for its latest two-week window, and the engine's count week by week.
import { weeklyAdherence, type WeekOfAdherence } from '@tandem/engine';
import { Stack, Text } from '@mantine/core';
import { AdherenceBars, type AdherencePeriod } from '../../../ui/charts/AdherenceBars.tsx';
import { formatDay, formatPercent, formatShortDay } from '../../../ui/charts/format.ts';
import type { HomeEntry } from '../episodeTimeline.ts';
import type { Progress } from '../queries.ts';

/** A week as a bar: "3 Nov", or "17 Nov–19 Nov" for a last week cut short. */
function period(week: WeekOfAdherence): AdherencePeriod {
  const partial = week.days < 7 ? `–${formatShortDay(week.to)}` : '';
  const longLabel = `Week from ${formatShortDay(week.from)}${partial === '' ? '' : ` (to ${formatShortDay(week.to)})`}`;
  return { label: `${formatShortDay(week.from)}${partial}`, longLabel, done: week.done, prescribed: week.prescribed };
}

export function AdherencePanel({
  progress,
  entries,
  start,
}: {
  progress: Progress;
  entries: readonly HomeEntry[];
  start: string;
}) {
  const a = progress.adherence;
  const end = progress.asOf ?? entries.at(-1)?.date ?? start;
  const perWeek = progress.prescription.reduce((sum, p) => sum + p.daysPerWeek, 0);
  const weeks = weeklyAdherence(entries, start, end, perWeek).map(period);
  return (
    <Stack gap="xs">
      {a && (
        <Text>
          {a.ratio === null ? (
            'Nothing was asked for'
          ) : (
            <>
              <b>{formatPercent(a.ratio)}</b> of the exercise sessions asked for were done
            </>
          )}{' '}
          from {formatDay(a.from)} to {formatDay(a.to)} ({a.done} of {a.prescribed}).
        </Text>
      )}
      {weeks.length > 0 && (
        <AdherenceBars label="Exercise sessions done each week, of those asked for" periods={weeks} />
      )}
    </Stack>
  );
}

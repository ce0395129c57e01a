// Home-program adherence: the engine's figure for its latest two-week window, and the same count week by week.
import { Stack, Text } from '@mantine/core';
import { AdherenceBars } from '../../../ui/charts/AdherenceBars.tsx';
import { formatDay, formatPercent } from '../../../ui/charts/format.ts';
import type { HomeEntry } from '../episodeTimeline.ts';
import type { Progress } from '../queries.ts';
import { weeklyAdherence } from '../weeklyAdherence.ts';

export function AdherencePanel({ progress, entries, start }: { progress: Progress; entries: readonly HomeEntry[]; start: string }) {
  const a = progress.adherence;
  const end = progress.asOf ?? entries.at(-1)?.date ?? start;
  const perWeek = progress.prescription.reduce((sum, p) => sum + p.daysPerWeek, 0);
  const weeks = weeklyAdherence(entries, start, end, perWeek);
  return (
    <Stack gap="xs">
      {a && (
        <Text>
          {a.ratio === null ? 'Nothing was asked for' : <><b>{formatPercent(a.ratio)}</b> of the exercise sessions asked for were done</>} from {formatDay(a.from)} to {formatDay(a.to)} ({a.done} of {a.prescribed}).
        </Text>
      )}
      {weeks.length > 0 && <AdherenceBars label="Exercise sessions done each week, of those asked for" periods={weeks} />}
    </Stack>
  );
}

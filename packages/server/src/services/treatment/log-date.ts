// The dates a session log (a home entry or a visit) may carry.
import { addDays } from '@tandem/engine';
import type { Episode } from '../../db/records.ts';
import { invalid } from '../../http/errors.ts';

/** A log's date: inside the episode, and not after tomorrow ([P] the client's time zone may be a day ahead). */
export function requireLogDate(episode: Episode, date: string, today: string, field = 'body.date'): void {
  if (date < episode.startedOn) throw invalid(field, `${date} is before the episode started (${episode.startedOn})`);
  if (date > addDays(today, 1)) throw invalid(field, `${date} is in the future; log a session once it is done`);
}

// The printable progress report: the same timeline the app shows, the visits so far and the latest written summary.
import type { Client, Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { loadEpisodeRecords } from '../../documents/episode-records.ts';
import { progressReportDocument } from '../../documents/progress-report-data.ts';
import { progressReportPdf } from '../../documents/progress-report-pdf.ts';
import { episodeProgress } from '../treatment/progress-timeline.ts';

export async function printProgressReport(
  repo: Repository,
  episode: Episode,
  client: Client,
  on: string,
): Promise<Buffer> {
  const records = await loadEpisodeRecords(repo, episode, client);
  return progressReportPdf(progressReportDocument({ records, on, timeline: await episodeProgress(repo, episode) }));
}

// Recording a referral to another professional: to whom, how soon, and why.
import type { Episode, NewReferral, Referral } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';

export const recordReferral = (
  repo: Repository,
  episode: Episode,
  referral: Omit<NewReferral, 'episodeId'>,
): Promise<Referral> => repo.referrals.add(episode.clinicId, { episodeId: episode.id, ...referral });

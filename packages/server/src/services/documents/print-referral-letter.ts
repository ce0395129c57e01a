// The letter for one of the episode's referrals, signed by the staff member who prints it.
import type { Client, Episode } from '../../db/records.ts';
import type { Repository } from '../../db/repository.ts';
import { loadEpisodeRecords } from '../../documents/episode-records.ts';
import { letterPdf } from '../../documents/letter-pdf.ts';
import { referralLetterDocument } from '../../documents/referral-letter-data.ts';
import { notFound } from '../../http/errors.ts';
import { episodeEvents } from './episode-events.ts';
import { programInForce } from '../treatment/program-in-force.ts';

export interface ReferralLetterRequest {
  episode: Episode;
  client: Client;
  referralId: string;
  signedBy: string;
  on: string;
}

export async function printReferralLetter(
  repo: Repository,
  { episode, client, referralId, signedBy, on }: ReferralLetterRequest,
): Promise<Buffer> {
  const records = await loadEpisodeRecords(repo, episode, client);
  const referral = records.referrals.find((r) => r.id === referralId);
  if (!referral) throw notFound('referral');
  const [{ program }, events] = await Promise.all([
    programInForce(repo, episode.clinicId, episode.id, on),
    episodeEvents(repo, episode.clinicId, episode.id),
  ]);
  return letterPdf(referralLetterDocument({ records, referral, on, signedBy, program, events }));
}

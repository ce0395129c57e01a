// Referral to another professional: a new one (prefilled from the screening's red flags) and those made so far.
import { SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, ok } from '../api/client.ts';
import { QueryState } from '../ui/QueryState.tsx';
import { ReferralForm } from './closing/ReferralForm.tsx';
import { ReferralList } from './closing/ReferralList.tsx';
import { EpisodeHeader } from './plan/EpisodeHeader.tsx';
import { keys, useEpisode } from './plan/queries.ts';

export default function ReferralPage() {
  const { episodeId = '' } = useParams();
  const episode = useEpisode(episodeId);
  const referrals = useQuery({
    queryKey: keys.referrals(episodeId),
    queryFn: () => ok(api.GET('/api/v1/episodes/{id}/referrals', { params: { path: { id: episodeId } } })),
  });
  return (
    <>
      <EpisodeHeader data={episode.data} title="Referral" current="referral" />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <QueryState query={episode}>
          {(e) => <ReferralForm episodeId={episodeId} screening={e.episode.screening} />}
        </QueryState>
        <QueryState query={referrals}>{(r) => <ReferralList episodeId={episodeId} referrals={r} />}</QueryState>
      </SimpleGrid>
    </>
  );
}

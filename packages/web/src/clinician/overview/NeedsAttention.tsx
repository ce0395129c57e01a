// The attention list, read from the server (GET /attention: the clinic's active episodes checked by the engine's rules).
import { useQuery } from '@tanstack/react-query';
import { api, ok } from '../../api/client.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { AttentionList } from './AttentionList.tsx';

export function useAttention() {
  return useQuery({
    queryKey: ['attention'],
    queryFn: () => ok(api.GET('/api/v1/attention', { params: { query: {} } })),
  });
}

export function NeedsAttention() {
  const query = useAttention();
  return <QueryState query={query}>{(items) => <AttentionList items={items} />}</QueryState>;
}

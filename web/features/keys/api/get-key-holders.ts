import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { keyRingKeys } from './query-keys.ts';

type Holders = { items: { id: string; name: string }[] };

/** The staff a key can be handed to; read only by people who may hand keys out. */
export function useKeyHolders(options: { enabled: boolean }) {
  return useQuery({ queryKey: keyRingKeys.holders, queryFn: ({ signal }) => apiRequest<Holders>('/api/office/key-holders', { signal }), enabled: options.enabled });
}

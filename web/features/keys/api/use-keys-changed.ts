import { useQueryClient } from '@tanstack/react-query';
import { keyRingKeys } from './query-keys.ts';

/** After any change to a key: the customer's pages and logs are read again. */
export function useKeysChanged(customerId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keyRingKeys.customer(customerId) });
}

import { useMutation } from '@tanstack/react-query';
import type { Key } from '../../../../shared/features/keys/keys.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useKeysChanged } from './use-keys-changed.ts';

/** Records the key back in the office, now. */
export function returnKey(keyId: string): Promise<Key> {
  return apiRequest<Key>(`/api/office/keys/${encodeURIComponent(keyId)}/return`, { method: 'POST', body: {} });
}

export function useReturnKey(customerId: string) {
  const changed = useKeysChanged(customerId);
  // Refreshed after a refusal too: a 409 means someone else changed the key a moment ago.
  return useMutation({ mutationFn: (keyId: string) => returnKey(keyId), onSettled: changed });
}

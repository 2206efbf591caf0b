import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { useKeysChanged } from './use-keys-changed.ts';

/** Removes the key with its log. */
export function removeKey(keyId: string): Promise<void> {
  return apiRequest<void>(`/api/office/keys/${encodeURIComponent(keyId)}`, { method: 'DELETE' });
}

export function useRemoveKey(customerId: string) {
  const changed = useKeysChanged(customerId);
  return useMutation({ mutationFn: (keyId: string) => removeKey(keyId), onSuccess: changed });
}

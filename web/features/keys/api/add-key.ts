import { useMutation } from '@tanstack/react-query';
import type { Key, KeyInput } from '../../../../shared/features/keys/keys.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useKeysChanged } from './use-keys-changed.ts';

export function addKey(customerId: string, body: KeyInput): Promise<Key> {
  return apiRequest<Key>(`/api/office/customers/${encodeURIComponent(customerId)}/keys`, { method: 'POST', body });
}

export function useAddKey(customerId: string) {
  const changed = useKeysChanged(customerId);
  return useMutation({ mutationFn: (body: KeyInput) => addKey(customerId, body), onSuccess: changed });
}

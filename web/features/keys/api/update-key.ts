import { useMutation } from '@tanstack/react-query';
import type { Key, KeyInput } from '../../../../shared/features/keys/keys.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useKeysChanged } from './use-keys-changed.ts';

export function updateKey(keyId: string, body: KeyInput): Promise<Key> {
  return apiRequest<Key>(`/api/office/keys/${encodeURIComponent(keyId)}`, { method: 'PUT', body });
}

export function useUpdateKey(customerId: string, keyId: string) {
  const changed = useKeysChanged(customerId);
  return useMutation({ mutationFn: (body: KeyInput) => updateKey(keyId, body), onSuccess: changed });
}

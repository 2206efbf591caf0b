import { useMutation } from '@tanstack/react-query';
import type { CheckOutInput, Key } from '../../../../shared/features/keys/keys.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useKeysChanged } from './use-keys-changed.ts';

/** Hands the key to a staff member; a key already out answers 409 naming who has it. */
export function checkOutKey(keyId: string, body: CheckOutInput): Promise<Key> {
  return apiRequest<Key>(`/api/office/keys/${encodeURIComponent(keyId)}/check-out`, { method: 'POST', body });
}

export function useCheckOutKey(customerId: string, keyId: string) {
  const changed = useKeysChanged(customerId);
  return useMutation({ mutationFn: (body: CheckOutInput) => checkOutKey(keyId, body), onSettled: changed });
}

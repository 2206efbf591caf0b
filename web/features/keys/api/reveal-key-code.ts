import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * Reads a key's access code. A mutation, not a query: the code is fetched only when someone asks
 * to see it, is never cached, and each reveal is one entry in the audit log.
 */
export function revealKeyCode(keyId: string): Promise<{ code: string | null }> {
  return apiRequest<{ code: string | null }>(`/api/office/keys/${encodeURIComponent(keyId)}/code`);
}

export function useRevealKeyCode(keyId: string) {
  return useMutation({ mutationFn: () => revealKeyCode(keyId) });
}

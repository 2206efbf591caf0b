import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LanguageChoice } from '../../../../shared/features/auth/auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** Where a person's choice is saved: the office's own account, or one company's portal. */
export type LanguageOwner = { area: 'office' } | { area: 'portal'; slug: string };

function pathFor(owner: LanguageOwner): string {
  return owner.area === 'office' ? '/api/auth/language' : `/api/portal/${encodeURIComponent(owner.slug)}/language`;
}

export function chooseLanguage(owner: LanguageOwner, body: LanguageChoice): Promise<LanguageChoice> {
  return apiRequest<LanguageChoice>(pathFor(owner), { method: 'PUT', body });
}

/** Saves the choice, then reads the person again: the page follows the language they now have. */
export function useChooseLanguage(owner: LanguageOwner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LanguageChoice) => chooseLanguage(owner, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: owner.area === 'office' ? authKeys.staffMe : authKeys.portalMe(owner.slug) }),
  });
}

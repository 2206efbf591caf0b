import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateFeedback, Feedback } from '../../../../shared/features/feedback/feedback.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { feedbackKeys } from './query-keys.ts';

export function createFeedback(slug: string, body: CreateFeedback): Promise<Feedback> {
  return apiRequest<Feedback>(`/api/portal/${encodeURIComponent(slug)}/feedback`, { body });
}

export function useCreateFeedback(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFeedback) => createFeedback(slug, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: feedbackKeys.portal(slug, saved.locationId) });
      if (saved.visitId) await queryClient.invalidateQueries({ queryKey: feedbackKeys.visitRating(slug, saved.visitId) });
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VisitChange, VisitTeamInput } from '../../../../shared/features/visits/schedule.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function changeVisitTeam(id: string, body: VisitTeamInput): Promise<VisitChange> {
  return apiRequest<VisitChange>(`/api/office/visits/${encodeURIComponent(id)}/team`, { method: 'PUT', body });
}

export function useChangeVisitTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: VisitTeamInput }) => changeVisitTeam(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['office'] }),
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Assignment, assignmentInputSchema } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { locationKeys } from './query-keys.ts';

export type AssignmentInput = z.input<typeof assignmentInputSchema>;

export function updateAssignment(locationId: string, staffId: string, body: AssignmentInput): Promise<Assignment> {
  return apiRequest<Assignment>(
    `/api/office/locations/${encodeURIComponent(locationId)}/assignments/${encodeURIComponent(staffId)}`,
    { method: 'PUT', body },
  );
}

type AssignmentList = { items: Assignment[] };

export function useUpdateAssignment(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ staffId, body }: { staffId: string; body: AssignmentInput }) => updateAssignment(locationId, staffId, body),
    onSuccess: (saved) => {
      queryClient.setQueryData<AssignmentList>(locationKeys.assignments(locationId), (list) =>
        list && { items: list.items.map((item) => (item.staffId === saved.staffId ? saved : item)) },
      );
    },
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Timesheet, TimesheetCorrection } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function correctTimesheet(id: string, body: TimesheetCorrection): Promise<Timesheet> {
  return apiRequest<Timesheet>(`/api/office/timesheets/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

/** A manager corrects a clocked time with a reason; the visit's status may change with it. */
export function useCorrectTimesheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TimesheetCorrection }) => correctTimesheet(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['office'] }),
  });
}

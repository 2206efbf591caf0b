import { useQueryClient } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { staffKeys } from './query-keys.ts';

/**
 * Puts the server's answer in the staff list at once; assignments (who can get texts) and request assignees
 * depend on staff details too, so the rest of the office refreshes.
 */
export function useStaffMemberSaved() {
  const queryClient = useQueryClient();
  return (member: StaffMember) => {
    queryClient.setQueryData<{ items: StaffMember[] }>(staffKeys.list, (list) =>
      list && { items: list.items.map((item) => (item.id === member.id ? member : item)) },
    );
    void queryClient.invalidateQueries({ queryKey: ['office'] });
  };
}

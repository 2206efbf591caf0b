import { useQueryClient } from '@tanstack/react-query';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { portalUserKeys } from './query-keys.ts';

type PortalUserList = { items: PortalUser[] };

/**
 * After a change to portal users: update the customer's list at once, then refresh everything else in the office
 * that counts or lists portal users (the customer, its locations' "view as" lists, the dashboard).
 */
export function usePortalUserListUpdate(customerId: string) {
  const queryClient = useQueryClient();
  return (update: (items: PortalUser[]) => PortalUser[]) => {
    queryClient.setQueryData<PortalUserList>(portalUserKeys.list(customerId), (list) => list && { items: update(list.items) });
    void queryClient.invalidateQueries({ queryKey: ['office'] });
  };
}

/** Puts the server's answer for one person in place of their row, or adds it. */
export function usePortalUserSaved(customerId: string) {
  const updateList = usePortalUserListUpdate(customerId);
  return (user: PortalUser) => {
    updateList((items) =>
      items.some((item) => item.id === user.id) ? items.map((item) => (item.id === user.id ? user : item)) : [...items, user],
    );
  };
}

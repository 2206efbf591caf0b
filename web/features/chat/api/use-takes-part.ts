import { useQuery } from '@tanstack/react-query';
import { mayUseChat, seesAllChats, type ChatViewer } from '../../../../shared/features/chat/chat.policy.ts';
import { getThread } from './get-thread.ts';
import { chatKeys } from './query-keys.ts';

/**
 * Whether the signed-in person takes part in a location's chat, so a page offers it only then.
 * Owners and admins take part everywhere; for supervisors and managers it depends on being
 * assigned and trained there, which only the server knows: it opens the conversation, or answers 404.
 */
export function useTakesPartInChat(locationId: string, viewer: ChatViewer): boolean {
  const dependsOnLocation = mayUseChat(viewer) && !seesAllChats(viewer);
  const query = useQuery({
    queryKey: [...chatKeys.officeThread(locationId), 'takes-part'],
    queryFn: ({ signal }) => getThread({ kind: 'office' }, locationId, undefined, signal),
    enabled: dependsOnLocation,
    retry: false,
  });
  if (!mayUseChat(viewer)) return false;
  return seesAllChats(viewer) || query.isSuccess;
}

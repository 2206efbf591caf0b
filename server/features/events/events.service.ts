import { chatTopic } from '../../../shared/features/chat/chat.contract.ts';
import { mayUseChat } from '../../../shared/features/chat/chat.policy.ts';
import type { AppContext } from '../../context.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, message } from '../../http/errors.ts';
import { portalLocationIds } from '../../platform/portal/portal-access.ts';
import type { Audience, LiveStreams } from './live-streams.ts';

/**
 * A staff member hears of everything in their company (the schedule shows every location), except
 * the customers' chat below the roles that take part in it: not even that a message came.
 */
export function officeAudience(actor: StaffActor): Audience {
  const hearsChat = mayUseChat(actor);
  return { person: `staff:${actor.userId}`, hears: (event) => event.tenantId === actor.tenantId && (hearsChat || event.topic !== chatTopic) };
}

/**
 * A portal user hears only of the locations they may use now; an event about none of them (a
 * company-wide change) is not theirs to hear of.
 */
export async function portalAudience(ctx: AppContext, actor: PortalActor): Promise<Audience> {
  const locations = await portalLocationIds(ctx.db, actor.tenantId, actor.userId);
  return {
    person: `portal:${actor.userId}`,
    hears: (event) => event.tenantId === actor.tenantId && Boolean(event.locationId && locations.has(event.locationId)),
  };
}

/** Refuses one stream too many for this person, before the stream starts. */
export function assertMayOpen(streams: LiveStreams, audience: Audience): void {
  if (!streams.mayOpen(audience.person)) throw new AppError('rate_limited', message('rateLimit.liveStreams'));
}

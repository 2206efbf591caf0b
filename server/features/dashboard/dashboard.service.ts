import type { OfficeDashboard } from '../../../shared/features/dashboard/dashboard.contract.ts';
import { feedbackPolicy } from '../../../shared/features/feedback/feedback.policy.ts';
import { outboxPolicy } from '../../../shared/features/outbox/outbox.policy.ts';
import { serviceRequestsPolicy } from '../../../shared/features/service-requests/service-requests.policy.ts';
import { suppliesPolicy } from '../../../shared/features/supplies/supplies.policy.ts';
import { hasRoleAtLeast, type StaffRole } from '../../../shared/roles.ts';
import type { AppContext } from '../../context.ts';
import type { StaffActor } from '../../http/auth.ts';
import { countForDashboard } from './dashboard.repository.ts';

/** A count the person's role may open the list of, else null: the dashboard never links to a refusal. */
function ifAllowed(role: StaffRole, least: StaffRole, count: number): number | null {
  return hasRoleAtLeast(role, least) ? count : null;
}

export async function officeDashboard(ctx: AppContext, actor: StaffActor): Promise<OfficeDashboard> {
  const counts = await countForDashboard(ctx.db, actor.tenantId, ctx.now());
  return {
    customers: counts.customers,
    locations: counts.locations,
    portalUsers: counts.portal_users,
    staff: counts.staff,
    outboxWaiting: counts.outbox_waiting,
    attention: {
      newRequests: ifAllowed(actor.role, serviceRequestsPolicy.handle, counts.new_requests),
      overdueRequests: ifAllowed(actor.role, serviceRequestsPolicy.handle, counts.overdue_requests),
      newSupplyOrders: ifAllowed(actor.role, suppliesPolicy.read, counts.new_supply_orders),
      lowRatings: ifAllowed(actor.role, feedbackPolicy.read, counts.low_ratings),
      failingEmails: ifAllowed(actor.role, outboxPolicy.read, counts.failing_emails),
    },
  };
}

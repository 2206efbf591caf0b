import type { Language } from '../../shared/i18n/languages.ts';
import type { Client } from '../platform/auth/credentials.ts';
import { browserLanguageOf } from './language.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { locationsPolicy } from '../../shared/features/locations/locations.policy.ts';
import { hasRoleAtLeast, type StaffRole } from '../../shared/roles.ts';
import type { AppContext } from '../context.ts';
import type { Tenant, PrincipalKind } from '../db/schema.ts';
import { findStaffInTenant } from '../platform/auth/accounts.repository.ts';
import { endSession, endSessionByToken, loadPortalSession, loadStaffSession, sessionIdleLifetime } from '../platform/auth/sessions.ts';
import { accessRevokedMessage } from '../platform/tenants/branding.ts';
import { asTenantId, type TenantId } from '../platform/tenants/tenant-id.ts';
import { findTenantById, findTenantBySlug } from '../platform/tenants/tenants.repository.ts';
import { AppError, forbidden, message, notFound, unauthenticated } from './errors.ts';

export const sessionCookieNames: Record<PrincipalKind, string> = {
  staff: 'porter_staff',
  portal: 'porter_portal',
};

export type StaffActor = {
  kind: 'staff';
  tenantId: TenantId;
  userId: string;
  sessionId: string;
  role: StaffRole;
  name: string;
  email: string;
  language: Language | null;
};

export type PortalActor = {
  kind: 'portal';
  tenantId: TenantId;
  userId: string;
  sessionId: string;
  name: string;
  email: string;
  /** The staff member viewing the portal as this person; such a session may only read. */
  viewAs: { staffId: string; staffName: string } | null;
};

/** The signed-in staff member, refused with 401 when there is none and 403 below `minimum`. */
export async function requireStaff(ctx: AppContext, request: FastifyRequest, minimum: StaffRole): Promise<StaffActor> {
  const token = request.cookies[sessionCookieNames.staff];
  const session = token ? await loadStaffSession(ctx.db, ctx.config.sessionSecret, token, ctx.now()) : null;
  if (!session) throw unauthenticated();
  // Deactivating ends sessions at once; this also catches one opened in the same instant.
  if (session.role === 'no_access' || session.deactivated_at) {
    await endSession(ctx.db, asTenantId(session.tenant_id), session.id);
    throw unauthenticated();
  }
  request.chosenLanguage = session.language;
  if (!hasRoleAtLeast(session.role, minimum)) throw forbidden();
  return {
    kind: 'staff',
    tenantId: asTenantId(session.tenant_id),
    userId: session.user_id,
    sessionId: session.id,
    role: session.role,
    name: session.name,
    email: session.email,
    language: session.language,
  };
}

const readMethods = new Set(['GET', 'HEAD']);

/**
 * The signed-in portal user of the tenant `tenantId`; a session of another tenant counts as
 * none. A staff member's view-as session is refused for anything but reading, here, so no
 * portal write route can forget to check it. Sign-out passes `allowViewAsWrite`.
 */
export async function requirePortalUser(
  ctx: AppContext,
  request: FastifyRequest,
  tenantId: string,
  options: { allowViewAsWrite?: boolean } = {},
): Promise<PortalActor> {
  const token = request.cookies[sessionCookieNames.portal];
  const session = token ? await loadPortalSession(ctx.db, ctx.config.sessionSecret, token, ctx.now()) : null;
  if (!session || session.tenant_id !== tenantId) throw unauthenticated();
  request.chosenLanguage = session.language;
  if (session.locked_at) {
    await endSession(ctx.db, asTenantId(session.tenant_id), session.id);
    const tenant = await findTenantById(ctx.db, session.tenant_id);
    throw new AppError('access_revoked', tenant ? accessRevokedMessage(tenant) : message('portal.accessRevoked'));
  }
  const viewAs = session.impersonator_id ? await viewingStaff(ctx, session.tenant_id, session.impersonator_id) : null;
  if (session.impersonator_id && !viewAs) {
    await endSession(ctx.db, asTenantId(session.tenant_id), session.id);
    throw unauthenticated();
  }
  if (viewAs && !readMethods.has(request.method) && !options.allowViewAsWrite) {
    throw new AppError('read_only', message('portal.viewingAs'));
  }
  return {
    kind: 'portal',
    tenantId: asTenantId(session.tenant_id),
    userId: session.user_id,
    sessionId: session.id,
    name: session.name,
    email: session.email,
    viewAs,
  };
}

/**
 * The company whose portal address is `slug` and its signed-in portal user, for the portal's
 * feature routes: an unknown company and a switched-off portal both answer 404.
 */
export async function requirePortalSession(ctx: AppContext, request: FastifyRequest, slug: string): Promise<{ tenant: Tenant; actor: PortalActor }> {
  const tenant = await findTenantBySlug(ctx.db, slug);
  if (!tenant || !tenant.portal_enabled) throw notFound('customerPortal');
  return { tenant, actor: await requirePortalUser(ctx, request, tenant.id) };
}

// The viewer must still be staff of this tenant with at least manager rights.
async function viewingStaff(ctx: AppContext, tenantId: string, staffId: string) {
  const staff = await findStaffInTenant(ctx.db, asTenantId(tenantId), staffId);
  if (!staff || staff.deactivated_at || !hasRoleAtLeast(staff.role, locationsPolicy.viewAs)) return null;
  return { staffId: staff.id, staffName: staff.name };
}

/** Called before a sign-in: the new session replaces whatever session this browser had. */
export async function endPresentedSession(ctx: AppContext, request: FastifyRequest, kind: PrincipalKind): Promise<void> {
  const token = request.cookies[sessionCookieNames[kind]];
  if (token) await endSessionByToken(ctx.db, ctx.config.sessionSecret, token);
}

export function setSessionCookie(ctx: AppContext, reply: FastifyReply, kind: PrincipalKind, token: string): void {
  void reply.setCookie(sessionCookieNames[kind], token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https://'),
    maxAge: Math.floor(sessionIdleLifetime / 1000),
  });
}

export function clearSessionCookie(ctx: AppContext, reply: FastifyReply, kind: PrincipalKind): void {
  void reply.clearCookie(sessionCookieNames[kind], {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.config.publicUrl.startsWith('https://'),
  });
}

export function clientOf(request: FastifyRequest): Client {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, language: browserLanguageOf(request) };
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least staff role the route allows, taken from its feature's policy in shared/. */
    policy?: StaffRole;
  }
  interface FastifyRequest {
    /** The signed-in staff member, set before validation on every route that names a policy. */
    staff: StaffActor | null;
  }
}

/** A route and the least role it allows, as registered: the role × route test is generated from these. */
export type RoutePolicy = { method: string; url: string; minimum: StaffRole };

/**
 * Enforces each office route's policy before its input is even validated, so a role below the
 * minimum gets 403 whatever it sent. An office route that names no policy stops start-up: no
 * route can be added and forgotten.
 */
export function registerStaffPolicies(app: FastifyInstance, ctx: AppContext): RoutePolicy[] {
  const declared: RoutePolicy[] = [];
  app.decorateRequest('staff', null);
  app.addHook('onRoute', (route) => {
    const minimum = route.config?.policy;
    const methods = [route.method].flat().filter((method) => method !== 'HEAD');
    if (minimum) {
      for (const method of methods) declared.push({ method, url: route.url, minimum });
      return;
    }
    if (route.url.startsWith('/api/office/')) throw new Error(`${methods.join(',')} ${route.url} names no policy: give it config.policy from its feature's policy in shared/.`);
  });
  app.addHook('preValidation', async (request) => {
    const minimum = request.routeOptions.config.policy;
    if (minimum) request.staff = await requireStaff(ctx, request, minimum);
  });
  return declared;
}

/** The staff member the route's policy admitted. */
export function staffActor(request: FastifyRequest): StaffActor {
  if (!request.staff) throw new Error(`${request.method} ${request.routeOptions.url} reads the staff member but names no policy`);
  return request.staff;
}

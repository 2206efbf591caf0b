import type { FastifyReply, FastifyRequest } from 'fastify';
import { hasRoleAtLeast, type StaffRole } from '../../shared/roles.ts';
import type { AppContext } from '../context.ts';
import type { PrincipalKind } from '../db/schema.ts';
import { endSession, endSessionByToken, loadSession, sessionIdleLifetime } from '../platform/auth/sessions.ts';
import { asTenantId, type TenantId } from '../platform/tenants/tenant-id.ts';
import { AppError, forbidden, unauthenticated } from './errors.ts';

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
};

export type PortalActor = {
  kind: 'portal';
  tenantId: TenantId;
  userId: string;
  sessionId: string;
  name: string;
  email: string;
};

/** The signed-in staff member, refused with 401 when there is none and 403 below `minimum`. */
export async function requireStaff(ctx: AppContext, request: FastifyRequest, minimum: StaffRole): Promise<StaffActor> {
  const session = await sessionFromCookie(ctx, request, 'staff');
  if (!session) throw unauthenticated();
  const user = await ctx.db
    .selectFrom('staff_users')
    .select(['id', 'name', 'email', 'role'])
    .where('id', '=', session.id)
    .where('organization_id', '=', session.organizationId)
    .executeTakeFirst();
  if (!user || user.role === 'no_access') {
    await endSession(ctx.db, session.sessionId);
    throw unauthenticated();
  }
  if (!hasRoleAtLeast(user.role, minimum)) throw forbidden();
  return {
    kind: 'staff',
    tenantId: asTenantId(session.organizationId),
    userId: user.id,
    sessionId: session.sessionId,
    role: user.role,
    name: user.name,
    email: user.email,
  };
}

/** The signed-in portal user of the tenant `tenantId`; a session of another tenant counts as none. */
export async function requirePortalUser(ctx: AppContext, request: FastifyRequest, tenantId: string): Promise<PortalActor> {
  const session = await sessionFromCookie(ctx, request, 'portal');
  if (!session || session.organizationId !== tenantId) throw unauthenticated();
  const user = await ctx.db
    .selectFrom('portal_users')
    .select(['id', 'name', 'email', 'locked_at'])
    .where('id', '=', session.id)
    .where('organization_id', '=', session.organizationId)
    .executeTakeFirst();
  if (!user) throw unauthenticated();
  if (user.locked_at) {
    await endSession(ctx.db, session.sessionId);
    throw new AppError('access_revoked', 'Your portal access has been revoked. Please contact the company that gave you access.');
  }
  return {
    kind: 'portal',
    tenantId: asTenantId(session.organizationId),
    userId: user.id,
    sessionId: session.sessionId,
    name: user.name,
    email: user.email,
  };
}

async function sessionFromCookie(ctx: AppContext, request: FastifyRequest, kind: PrincipalKind) {
  const token = request.cookies[sessionCookieNames[kind]];
  if (!token) return null;
  return loadSession(ctx.db, ctx.config.sessionSecret, token, kind);
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

export function clientOf(request: FastifyRequest): { ip: string; userAgent: string | null } {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}

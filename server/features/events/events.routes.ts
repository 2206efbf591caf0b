import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { liveStreamDescription } from '../../../shared/features/events/events.contract.ts';
import { eventsPolicy } from '../../../shared/features/events/events.policy.ts';
import type { AppContext } from '../../context.ts';
import { newId } from '../../lib/ids.ts';
import { markGone, markPresent } from '../../platform/events/presence.ts';
import { requirePortalSession, requireStaff, staffActor } from '../../http/auth.ts';
import { AppError } from '../../http/errors.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as events from './events.service.ts';
import type { Audience, LiveStreams } from './live-streams.ts';

// The answer is a stream, not JSON: described for the OpenAPI document, written by the stream itself.
const streamResponse = { description: liveStreamDescription, content: { 'text/event-stream': { schema: z.string() } } };

export function registerEventRoutes(root: FastifyInstance, ctx: AppContext, streams: LiveStreams): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Live updates'];

  /**
   * Hands the response to the stream. A refusal of `recheck` (the session ended, access was taken
   * away) ends it; any other failure is passed on, and the stream outlives it.
   */
  function stream(request: FastifyRequest, reply: FastifyReply, audience: Audience, recheck: () => Promise<Audience>, onEnd?: () => void) {
    events.assertMayOpen(streams, audience);
    reply.hijack();
    const refusedAs = (err: unknown) => {
      if (err instanceof AppError) return null;
      throw err;
    };
    streams.start(reply.raw, audience, () => recheck().catch(refusedAs), onEnd);
    request.log.debug({ person: audience.person }, 'live stream opened');
  }

  app.get('/api/office/events', {
    config: { policy: eventsPolicy.follow },
    schema: { tags, summary: 'Live updates for the office and field apps: the company’s changes', response: { 200: streamResponse, ...errorResponses } },
  }, async (request, reply) => {
    // While the stream is open its person is online (the chat tells only those who are not), on whichever instance holds it.
    const actor = staffActor(request);
    const streamId = newId();
    const present = () => markPresent(ctx.db, actor.tenantId, actor.userId, streamId, ctx.now());
    const recheck = async () => {
      const audience = events.officeAudience(await requireStaff(ctx, request, eventsPolicy.follow));
      await present().catch((err: unknown) => request.log.warn({ err }, 'could not mark an open stream present'));
      return audience;
    };
    const gone = () => void markGone(ctx.db, actor.tenantId, streamId).catch((err: unknown) => request.log.warn({ err }, 'could not mark a closed stream gone'));
    stream(request, reply, events.officeAudience(actor), recheck, gone);
    await present().catch((err: unknown) => request.log.warn({ err }, 'could not mark an open stream present'));
  });

  app.get('/api/portal/:slug/events', {
    schema: { tags, summary: 'Live updates for the portal: changes at the signed-in person’s locations', params: portalSlugParamsSchema, response: { 200: streamResponse, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    const audience = await events.portalAudience(ctx, actor);
    stream(request, reply, audience, async () => events.portalAudience(ctx, (await requirePortalSession(ctx, request, request.params.slug)).actor));
  });
}

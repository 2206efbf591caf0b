import { z } from 'zod';
import { liveStreamEvents } from './events.values.ts';

export { liveStreamEvents };

/**
 * What an open page hears: that something changed, never what it now is. The page refetches
 * through the API, which checks access as always, so an event carries nothing secret.
 */
export const liveEventSchema = z.object({
  topic: z.string().describe('What changed, in the feature’s own word: `visits`'),
  locationId: z.string().nullable().describe('The location it concerns, when it concerns one'),
  id: z.string().nullable().describe('The record that changed'),
});
export type LiveEventMessage = z.infer<typeof liveEventSchema>;

/** The most streams one person may hold open on one server: a tab each, with room for stale ones. */
export const maxLiveStreamsPerPerson = 12;

export const liveStreamDescription = [
  'A Server-Sent Events stream (`text/event-stream`) that stays open.',
  '`event: ready` once it listens; `event: change` with `data` `{"topic","locationId","id"}` when something changed (fetch it again);',
  '`event: resync` when events may have been missed (fetch everything shown again); a comment line every 25 seconds keeps proxies from closing it.',
  'It ends when the session ends. 429 when the person already has too many streams open.',
].join(' ');

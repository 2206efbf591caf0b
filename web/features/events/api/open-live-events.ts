/** The office's and field app's stream: every change in the company. */
export const officeLiveEventsUrl = '/api/office/events';

/** A portal user's stream: changes at their own locations. */
export function portalLiveEventsUrl(slug: string): string {
  return `/api/portal/${encodeURIComponent(slug)}/events`;
}

/** Opens a stream on this origin; the session cookie goes with it as with any request. */
export function openLiveEvents(url: string): EventSource {
  return new EventSource(url);
}

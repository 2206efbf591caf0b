// Without zod: every signed-in page listens for these, before any schema loads.

/** The Server-Sent Events a stream sends, by their `event:` name. */
export const liveStreamEvents = {
  /** The stream listens: anything published from now on arrives. */
  ready: 'ready',
  /** Something changed; `data` is a `liveEventSchema` in JSON. */
  change: 'change',
  /** Events may have been lost (a server's connection to the database dropped): refetch what is shown. */
  resync: 'resync',
} as const;

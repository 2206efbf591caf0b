/** The office's outbox: every email Porter sends, and retrying those that fail. */
export const outbox = {
  pageTitle: 'Outbox',
  intro: 'Every email Porter sends, newest first. Open one to read it. Emails that fail are tried again, waiting longer each time (up to an hour); Retry tries one now.',
  ownersOnlyTitle: 'Only owners and admins can see the outbox',
  ownersOnlyDescription: 'It holds password-reset links and other private messages. Ask an owner or admin if you need something from it.',
  noSmtp: 'No SMTP server is configured, so Porter keeps emails here instead of sending them, and cannot retry failing ones. Whoever runs your Porter can set SMTP_URL and restart it.',
  filter: {
    all: 'All',
    failing: 'Failing',
  },
  empty: {
    failingTitle: 'No failing emails',
    failingDescription: 'Every email has been sent or is waiting for its first try.',
    title: 'No emails yet',
    description: 'Invitations, password resets and notifications Porter sends will be listed here.',
  },
  fields: {
    to: 'To',
    subject: 'Subject',
    sent: 'Sent',
  },
  listLabel: 'Emails',
  statuses: {
    held: 'Held',
    queued: 'Queued',
    sent: 'Sent',
    failed: 'Failed',
    failing: 'Failing',
  },
  failure: {
    failed_one: 'Delivery failed after {{count}} attempt',
    failed_other: 'Delivery failed after {{count}} attempts',
    failing_one: 'Delivery failing after {{count}} attempt',
    failing_other: 'Delivery failing after {{count}} attempts',
    failingNextTry_one: 'Delivery failing after {{count}} attempt; next try {{time}}',
    failingNextTry_other: 'Delivery failing after {{count}} attempts; next try {{time}}',
    retryNeedsSmtp: 'Retry needs an SMTP server; none is configured (SMTP_URL).',
  },
  retry: {
    button: 'Retry',
    startedTitle: 'Trying again',
    started: 'The email to {{to}} will be sent in a moment.',
    failedTitle: 'Could not retry',
  },
};

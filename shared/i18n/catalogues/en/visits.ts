/** Words for visits that the office, the portal and the field app all read: how often, what state, what it costs. */
export const visits = {
  frequency: {
    once: 'One time',
    weekly_one: 'Every week on {{days}}',
    weekly_other: 'Every {{count}} weeks on {{days}}',
    monthlyByDate_one: 'Every month on day {{day}}',
    monthlyByDate_other: 'Every {{count}} months on day {{day}}',
    monthlyByWeekday_one: 'Every month on the {{nth}} {{weekday}}',
    monthlyByWeekday_other: 'Every {{count}} months on the {{nth}} {{weekday}}',
    nth: { first: 'first', second: 'second', third: 'third', fourth: 'fourth', last: 'last' },
    custom: 'A schedule set up outside Porter',
  },
  status: {
    scheduled: 'Scheduled',
    in_progress: 'In progress',
    completed: 'Completed',
    skipped: 'Skipped',
    cancelled: 'Cancelled',
  },
  serviceStatus: {
    waiting: 'Waiting',
    scheduled: 'Scheduled',
  },
  price: {
    base: 'Base price',
    total: 'Total',
    pending: 'pending',
    withPercent: '{{name}} ({{percent}})',
    pendingNote: 'Pending upgrades are added to the total once they are accepted.',
    title: 'Price breakdown',
  },
  duration: '{{duration}} on site',
};

/** Settings → Scheduling: arrival windows, business hours, what customers may do with visits, and the currency. */
export const schedulingSettings = {
  pageTitle: 'Scheduling',
  description: 'How visits are shown to customers, and what they may change themselves.',
  loadFailed: 'The scheduling settings could not be loaded',
  adminsOnlyTitle: 'Admins only',
  adminsOnlyDescription: 'Only admins and owners can see and change the scheduling settings.',
  arrival: {
    title: 'Arrival window',
    description: 'What customers see as the time the team arrives.',
    show: 'Show an arrival window',
    showHint: 'Customers see a window around each visit’s start instead of the exact time.',
    before: 'Minutes before the start',
    after: 'Minutes after the start',
  },
  hours: {
    title: 'Business hours',
    description: 'On each location’s own clock. Arrival windows stay inside them.',
    opens: 'Opens',
    closes: 'Closes',
  },
  customers: {
    title: 'Skipping and calendars',
    skipCutoff: 'Skip cutoff, in hours',
    skipCutoffHint: 'Customers may skip a visit themselves until this many hours before it; later they can only ask.',
    feedDays: 'Calendar subscriptions, in days ahead',
    feedDaysHint: 'How far ahead the calendar links customers add to their calendar apps reach.',
  },
  currency: {
    title: 'Currency',
    label: 'Currency',
    hint: 'Prices are kept in the smallest unit of this currency (cents): change it before you enter prices, not after.',
  },
  save: 'Save',
  saved: 'Scheduling settings saved.',
};

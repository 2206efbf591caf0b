/** The app's frame: layouts, navigation, the account menu, shared components and error pages. */
export const app = {
  skipLink: 'Skip to main content',
  nav: {
    toggle: 'Toggle navigation',
    main: 'Main',
    dashboard: 'Dashboard',
    customers: 'Customers',
    locations: 'Locations',
    schedule: 'Schedule',
    requests: 'Requests',
    waitingList: 'Waiting list',
    supplies: 'Supplies',
    feedback: 'Feedback',
    inspections: 'Quality checks',
    billing: 'Billing',
    settings: 'Settings',
    newCount_one: '{{count}} new',
    newCount_other: '{{count}} new',
  },
  userMenu: {
    /** Read before the person's initials, name and role, which follow it. */
    accountMenu: 'Account menu:',
    profile: 'Profile',
  },
  roles: {
    owner: 'Owner',
    admin: 'Admin',
    manager: 'Manager',
    supervisor: 'Supervisor',
    technician: 'Technician',
    no_access: 'No access',
  },
  settings: {
    title: 'Settings',
    description: 'How Porter works for your company and your customers.',
    sections: 'Settings sections',
    company: 'Company',
    addons: 'Add-ons',
    portal: 'Portal',
    services: 'Services',
    requestCategories: 'Request categories',
    staff: 'Staff',
    outbox: 'Outbox',
    scheduling: 'Scheduling',
    upgrades: 'Upgrades',
    reminders: 'Reminders',
    inspections: 'Quality checks',
    billing: 'Billing',
    field: 'Field work',
    payments: 'Payments',
    files: 'Files',
  },
  errorFallback: {
    title: 'Something went wrong',
    text: 'This page ran into a problem. Reloading usually helps; your saved work is safe.',
    reload: 'Reload page',
  },
  notFound: {
    title: 'Page not found',
    message: 'The address may be mistyped, or the page has moved.',
    home: 'Go to the home page',
  },
  /** A detail page whose record is missing or failed to load. */
  detail: {
    notFoundMessage: 'It may have been removed, or the link is incomplete.',
    notFound: {
      customer: 'Customer not found',
      location: 'Location not found',
      request: 'Request not found',
    },
    loadFailed: {
      customer: 'This customer could not be loaded',
      location: 'This location could not be loaded',
      request: 'This request could not be loaded',
    },
  },
  loadError: {
    title: 'This list could not be loaded',
    tryAgain: 'Please try again.',
  },
  /** The accessible name of a spinner or placeholder while a page or list loads. */
  loading: 'Loading',
  pagination: {
    showing: 'Showing {{from}}–{{to}} of {{total}}',
    label: 'Pagination',
    page: 'Page {{page}}',
  },
  password: {
    toggle: 'Show or hide what you typed',
    minLength: 'At least {{min}} characters',
  },
  files: {
    attachments: 'Attachments',
    attach: 'Attach files',
    attached: 'Attached files',
    uploading: 'Uploading…',
    ready: 'Ready to send',
    kept: 'No signal: kept on this phone and sent after saving',
    remove: 'Remove {{name}}',
    tooMany: 'Attach at most {{max}} files',
  },
  errors: {
    server: 'Something went wrong on our side. Please try again in a moment.',
  },
  timeZone: {
    noMatch: 'No time zone matches; try a city, like Chicago',
  },
};

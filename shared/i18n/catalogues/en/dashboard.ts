/** The office's dashboard: a greeting, the company's numbers and the first steps. */
export const dashboard = {
  pageTitle: 'Dashboard',
  greeting: {
    morning: 'Good morning, {{name}}',
    afternoon: 'Good afternoon, {{name}}',
    evening: 'Good evening, {{name}}',
  },
  description: 'Here is how {{company}} is doing today.',
  loadFailed: 'The dashboard could not be loaded',
  attention: {
    title: 'Needs attention',
    caughtUp: 'All caught up',
    caughtUpHint: 'Nothing needs attention right now.',
    items: {
      newRequests_one: '{{number}} new request',
      newRequests_other: '{{number}} new requests',
      overdueRequests_one: '{{number}} request unfinished after {{days}} days',
      overdueRequests_other: '{{number}} requests unfinished after {{days}} days',
      newSupplyOrders_one: '{{number}} supply order waiting for approval',
      newSupplyOrders_other: '{{number}} supply orders waiting for approval',
      lowRatings_one: '{{number}} low rating in the last {{days}} days',
      lowRatings_other: '{{number}} low ratings in the last {{days}} days',
      failingEmails_one: '{{number}} email failing to send',
      failingEmails_other: '{{number}} emails failing to send',
    },
  },
  stats: {
    customers: 'Customers',
    customersHint: 'Active commercial and residential accounts',
    locations: 'Locations',
    locationsHint: 'Sites and homes you clean',
    portalUsers: 'Portal users',
    portalUsersHint: 'Customer contacts who can sign in',
    staff: 'Staff',
    staffHint: 'Team members, all roles',
  },
  gettingStarted: {
    title: 'Getting started',
    duration: 'A few minutes',
    done: 'Done',
    toDo: 'To do',
    company: {
      title: 'Create your company',
      body: 'Porter is set up and you are signed in as its owner.',
    },
    customers: {
      title: 'Add your customers',
      body: 'Offices, shops and households you clean. See them under <a>Customers</a>.',
    },
    locations: {
      title: 'Add their locations',
      body: 'Each site or home, with its address, under <a>Locations</a>.',
    },
    portal: {
      title: 'Invite customers to the portal',
      body: 'Customers sign in at <address>{{url}}</address>',
      copied: 'Copied',
      copyAddress: 'Copy address',
    },
    email: {
      title: 'Check outgoing email',
      noneWaiting: 'No emails are waiting.',
      waiting_one: '{{count}} email is waiting.',
      waiting_other: '{{count}} emails are waiting.',
      openOutbox: 'Open the outbox',
    },
  },
};

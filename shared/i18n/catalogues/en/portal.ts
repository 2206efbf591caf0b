/** The customer portal once signed in: its frame, home page and the pages of each feature. */
export const portal = {
  layout: {
    account: 'Your account',
    contact: 'Contact',
    poweredBy: 'Customer portal powered by Porter',
    /** The company's social links, named for screen readers. */
    online: '{{company}} online',
  },
  social: {
    website: 'Website',
    facebook: 'Facebook',
    instagram: 'Instagram',
    linkedin: 'LinkedIn',
    x: 'X',
    youtube: 'YouTube',
  },
  /** The portal opened from this phone with no connection: only the company's public brand is kept on the phone. */
  offline: {
    title: 'You are offline',
    text: 'This phone has no connection, so your portal cannot show your visits, requests, messages or invoices, and cannot send anything.',
    next: 'It opens again by itself as soon as you are back online.',
    retry: 'Try again',
  },
  notFound: {
    title: 'Portal not found',
    message: 'No company uses this portal address. Check the link your cleaning company sent you.',
  },
  viewAs: {
    title: 'You are viewing the portal as {{name}}, read-only. Nothing you do here is saved.',
    by: 'Viewed by {{staff}}. Close this tab to go back to the office.',
  },
  readOnly: 'You are viewing this portal read-only, so sending and ordering are switched off.',
  /** The bar of pages at the foot of a phone's screen; short, as six may share it. */
  tabs: {
    label: 'Portal pages',
    home: 'Home',
    requests: 'Requests',
    supplies: 'Supplies',
    feedback: 'Feedback',
    qualityChecks: 'Quality',
    more: 'More',
  },
  back: {
    home: 'Back to your locations',
    requests: 'All requests',
    billing: 'Back to billing',
  },
  /** The portal features, in the customer's words rather than the office's. */
  features: {
    serviceRequests: { label: 'Service requests', text: 'Ask for extra services, with photos.' },
    elapsedTime: { label: 'Elapsed time', text: 'See how long each of your requests has been open.' },
    supplyRequests: { label: 'Supply requests', text: 'Order supplies such as paper towels and soap.' },
    feedback: { label: 'Feedback', text: 'Tell us how we are doing, with a rating and a note.' },
    qualityChecks: { label: 'Quality checks', text: 'See inspection reports with scores, comments and photos.' },
    whosWorking: { label: 'Who’s working', text: 'See who from the team is at your location right now.' },
    fileStorage: { label: 'File storage', text: 'Open the files shared with you: images, documents and videos.' },
  },
  unavailable: {
    title: 'Not available',
    titleAt: 'Not available at {{location}}',
    text: '“{{feature}}” is not switched on here. Choose another location above, or contact {{company}} if you need it.',
  },
  home: {
    pageTitle: 'Home',
    welcome: 'Welcome, {{name}}',
    intro: 'Here is everything about the places {{company}} looks after for you.',
    noLocationsTitle: 'No locations yet',
    noLocationsText: 'No locations are available in the portal yet. Contact {{company}}.',
    atLocation: 'At {{location}}',
    features: 'Features at this location',
    comingSoon: 'Coming soon',
    nothingSwitchedOn: 'Nothing is switched on for this location yet.',
  },
  requests: {
    title: 'Service requests',
    atLocation: 'At {{location}}',
    newRequest: 'New request',
    /** The tab title while one request loads. */
    request: 'Request',
    loadFailed: 'Your requests could not be loaded',
    formLoadFailed: 'The form could not be loaded',
    sentTitle: 'Request sent',
    sentMessage: 'We have your request {{reference}} and will be in touch.',
  },
  supplies: {
    title: 'Supplies',
    description: 'Order consumables for {{location}}. We confirm by email.',
    loadFailed: 'The order form could not be loaded',
  },
  feedback: {
    title: 'Feedback',
    description: 'Tell us how we are doing at {{location}}.',
  },
  whosWorking: {
    title: 'Who’s working',
    nobody: 'Nobody is clocked in here right now.',
    since: 'since {{time}}',
    loadFailed: 'Who’s working could not be loaded',
    roles: {
      owner: 'Owner',
      admin: 'Manager',
      manager: 'Manager',
      supervisor: 'Supervisor',
      technician: 'Technician',
      no_access: 'Team member',
    },
  },
};

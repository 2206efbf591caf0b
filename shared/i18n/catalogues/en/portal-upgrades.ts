/** What a customer reads about upgrades (add-ons) to a visit: the portal page, the request it opens and the office's answer by email. */
export const portalUpgrades = {
  title: 'Upgrade your visit',
  description: 'Add extras to this visit. {{company}} confirms each one.',
  loadFailed: 'This visit could not be loaded.',
  notFound: {
    title: 'This visit cannot be upgraded',
    message: 'It may have been moved, cancelled or already done. Your next visit is on the home page.',
  },
  visit: {
    heading: 'Your visit',
    when: '{{date}} at {{time}}',
  },
  windowPassed: {
    title: 'Too late to add upgrades',
    message: 'The window in which you can upgrade your service has passed',
  },
  offered: {
    title: 'Available upgrades',
    legend: 'Choose the upgrades to add',
    extraTime: '+{{minutes}} min',
    none: '{{company}} offers no upgrades yet.',
    allAdded: 'Every upgrade {{company}} offers is already on this visit.',
  },
  confirm: 'Add to my visit',
  chooseFirst: 'Choose at least one upgrade first.',
  requested: {
    title: 'Upgrade requested',
    text: 'We have asked {{company}} to add {{names}}. It shows as pending until they confirm.',
  },
  added: {
    title: 'On this visit',
    none: 'No upgrades on this visit yet.',
    status: {
      pending: 'Pending',
      accepted: 'Confirmed',
      declined: 'Declined',
    },
  },
  price: {
    title: 'Price of this visit',
  },
  request: {
    subjectOne: 'Upgrade: {{name}}',
    subjectMany: 'Upgrades: {{names}}',
    text: 'Please add to the visit on {{when}} at {{location}}:',
    line: '- {{name}} ({{price}})',
  },
  email: {
    subject: '{{name}}: {{status}}',
    statuses: {
      accepted: 'confirmed',
      declined: 'declined',
    },
    accepted: '{{company}} has confirmed {{name}} ({{price}}) for your visit on {{when}} at {{location}}.',
    declined: '{{company}} cannot add {{name}} ({{price}}) to your visit on {{when}} at {{location}}. It is not part of the visit or its price.',
    seeIt: 'See your visit: {{link}}',
  },
};

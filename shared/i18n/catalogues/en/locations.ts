/** The office's locations: list, detail page, portal switches and staff assignments. */
export const locations = {
  /** The record's name where a page speaks of "a location": "Location not found". */
  thing: 'Location',
  backToList: '← Locations',
  page: {
    title: 'Locations',
    description: 'The sites and homes your teams look after.',
  },
  list: {
    searchLabel: 'Search locations',
    searchPlaceholder: 'Site, address or customer',
    noMatchTitle: 'No locations match',
    noMatchDescription: 'Try another site name, street or customer.',
    emptyTitle: 'No locations yet',
    emptyDescription: 'The sites and homes of your customers will be listed here with their addresses.',
  },
  table: {
    portal: 'Portal',
  },
  portalBadge: {
    on: 'On',
    off: 'Off',
  },
  customerLocations: {
    intro: 'Sites or homes of this customer. Open one to set up its portal and who works there.',
    emptyTitle: 'No locations yet',
    emptyDescription: 'Add the sites or homes you clean for this customer, with their address and time zone.',
  },
  add: {
    button: 'Add location',
    title: 'Add location',
    addedTitle: 'Location added',
    added: '{{name}} was added.',
  },
  form: {
    name: 'Location name',
    namePlaceholder: 'Main office, Home',
    accessNotes: 'Access notes',
    accessNotesHint: 'Alarm codes, key pick-up, parking: for your staff only.',
    save: 'Save location',
  },
  timeZone: {
    hint: 'Visit times at this location show in its own time zone.',
  },
  select: {
    placeholder: 'Any location',
    noMatch: 'No locations match',
    multiHint: 'Search by location, address or customer.',
    multiPlaceholder: 'Choose locations',
  },
  header: {
    customerArchived: 'Customer archived',
  },
  detail: {
    tabs: {
      overview: 'Overview',
      schedule: 'Schedule',
      portal: 'Portal',
      assignments: 'Assignments',
      feedback: 'Feedback',
      'cleaning-plan': 'Cleaning plan',
      files: 'Files',
    },
  },
  overview: {
    showOnMap: 'Show on map',
    portalUsers_one: '{{count}} portal user',
    portalUsers_other: '{{count}} portal users',
    added: 'Added',
    edit: 'Edit location',
    saved: 'The location’s details are up to date.',
  },
  /** The portal features a location can switch on, keyed by the feature's id in the contract. */
  portalFeatures: {
    serviceRequests: {
      label: 'Service requests',
      description: 'Customers ask for services from your catalogue, with a message and photos.',
    },
    elapsedTime: {
      label: 'Elapsed time',
      description: 'Customers see how long each of their requests has been open.',
    },
    supplyRequests: {
      label: 'Supply requests',
      description: 'Customers order consumables such as paper towels and soap from a preset list.',
    },
    feedback: {
      label: 'Feedback',
      description: 'Customers leave a note and a rating from Extremely Dissatisfied to Extremely Satisfied.',
    },
    qualityChecks: {
      label: 'Quality checks',
      description: 'Customers see inspection reports: overall score, areas, ratings, comments and photos.',
    },
    whosWorking: {
      label: 'Who’s working',
      description: 'Customers see who is clocked in at the location right now.',
    },
    fileStorage: {
      label: 'File storage',
      description: 'Customers open files you assign to the location: images, documents, videos.',
    },
  },
  portal: {
    title: 'Customer portal',
    savedAsYouGo: 'Changes are saved as you make them.',
    enable: 'Enable portal',
    enabledHint: 'Portal users granted this location see it when they sign in.',
    disabledHint: 'Off: no customer sees this location in the portal.',
    nowInPortal: '{{name}} is now in the portal.',
    hiddenFromPortal: '{{name}} is hidden from the portal.',
    featuresDivider: 'Features at this location',
    enableFirst: 'Enable the portal to choose what customers can do here.',
    featureOn: '{{feature}} is on for {{location}}.',
    featureOff: '{{feature}} is off for {{location}}.',
    qualityTitle: 'Show quality checks to the customer?',
    qualityConfirm: 'Show quality checks',
    qualityQuestion:
      'Customers will see the inspection reports for {{name}}: scores, ratings, comments and photos, including poor scores. Turn this on when you are happy for them to see every inspection.',
    qualityOn: 'Customers at {{name}} now see quality checks.',
  },
  viewAsCustomer: {
    title: 'View as customer',
    intro: 'Opens the portal in a new tab exactly as this person sees it. It is read-only: nothing you do there is saved.',
    noUsersTitle: 'No portal users can see this location',
    noUsersDescription: 'Grant it to a portal user on the customer’s Portal users tab first.',
    portalOff: 'The portal is off here, so customers will not see this location until you enable it.',
    portalUser: 'Portal user',
    userOption: '{{name}} ({{email}})',
    button: 'View as customer',
    blockedTitle: 'Your browser blocked the new tab',
    blocked: 'Allow pop-ups for this site, or open {{url}} yourself.',
  },
  assignments: {
    intro:
      'Assigned staff work at this location; trained staff know its routines. Notifications about this location, such as new requests, go to staff who are both assigned and trained, by email or text as chosen here.',
    emptyTitle: 'No staff yet',
    emptyDescription: 'Staff members of your company will be listed here.',
    assigned: 'Assigned',
    trained: 'Trained',
    notifications: 'Notifications',
    listLabel: 'Staff at this location',
    assignedOf: 'Assigned {{name}}',
    trainedOf: 'Trained {{name}}',
    styleOf: 'Notification style for {{name}}',
    styles: {
      none: 'None',
      email: 'Email',
      text: 'Text',
    },
    textsNeedMobile: 'Add a mobile number and carrier in the staff profile to send texts.',
  },
};

/** Quality checks: the inspection form (office and field app), and what customers see in the portal. */
export const qualityChecks = {
  rating: {
    notRated: 'Not rated',
    pass: 'Pass',
    fail: 'Fail',
    ofFive: '{{rating}} of 5',
  },
  score: {
    none: 'No score',
  },
  trend: {
    empty: 'No scored inspections yet.',
    one: 'Score at {{location}}: {{last}} on {{lastDate}}, the only scored inspection so far.',
    rising: 'Score at {{location}} rising over the last {{number}} inspections, from {{first}} on {{firstDate}} to {{last}} on {{lastDate}}.',
    falling: 'Score at {{location}} falling over the last {{number}} inspections, from {{first}} on {{firstDate}} to {{last}} on {{lastDate}}.',
    steady: 'Score at {{location}} steady over the last {{number}} inspections: {{first}} on {{firstDate}}, {{last}} on {{lastDate}}.',
    point: '{{date}}: {{score}}',
    caption: 'Inspection scores at {{location}}, oldest first',
    date: 'Inspected',
    score: 'Score',
  },
  detail: {
    areas: 'Inspected areas',
  },
  list: {
    by: 'By {{name}}',
    byCustomer: 'By {{name}} (your team)',
    rated_one: '{{rated}} of {{total}} area rated',
    rated_other: '{{rated}} of {{total}} areas rated',
  },
  form: {
    rating: 'Rating',
    comment: 'Comment',
    addPhotos: 'Add photos of {{area}}',
    visit: 'Visit inspected',
    note: 'Comment on the inspection as a whole',
    noScoreYet: 'Rate an area to see the score.',
    scoreSoFar: 'Score so far: {{score}}',
    save: 'Save inspection',
  },
  saved: {
    title: 'Inspection saved',
    text: 'The inspection of {{location}} is saved. Its score:',
    another: 'Inspect another location',
  },
  waiting: {
    title: 'Saved on this phone',
    text: 'The quality check of {{location}} will be sent by itself when the connection returns. Its score shows once it arrives.',
  },
  // A save kept on the phone without a signal, as the list of what waits to send names it.
  queue: {
    inspection: 'Quality check of {{location}}',
    photo: 'Photo of {{area}} for the quality check of {{location}}',
  },
  inspect: {
    back: 'Today’s visits',
    title: 'Inspect a location',
    fromField: 'Inspect a location',
    description: 'Rate each area of the location’s cleaning plan; areas you leave unrated do not count towards the score.',
    location: 'Location',
    loadFailed: 'The inspection form could not be loaded',
    noAreas: 'Nothing to inspect yet',
    noAreasText: '{{location}} has no areas in its cleaning plan. The office adds them on the location’s page.',
  },
  portal: {
    title: 'Quality checks',
    description: 'Inspection reports for {{location}}: the score, each area’s rating, comments and photos.',
    trend: 'Score trend',
    list: 'Inspections',
    loadFailed: 'The quality checks could not be loaded',
    empty: 'No inspections yet',
    emptyText: 'Inspection reports appear here as soon as they are made.',
    inspectText: 'You can inspect a completed visit yourself: rate each area and add comments and photos.',
    inspect: 'Inspect a visit',
  },
};

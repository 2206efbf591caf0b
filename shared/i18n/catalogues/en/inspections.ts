/** The office's quality checks: the list with each location's trend, and the setting. */
export const inspections = {
  page: {
    title: 'Quality checks',
    description: 'Inspections of your customers’ locations, newest first, and each location’s score over its latest inspections.',
    inspect: 'Inspect a location',
    trends: 'Score trend per location',
    list: 'Inspections',
    loadFailed: 'The inspections could not be loaded',
    empty: 'No inspections yet',
    emptyText: 'Supervisors and managers inspect a location from here or from the field app.',
  },
  settings: {
    title: 'Quality checks',
    scale: 'Rating scale',
    scaleHelp: 'How each area is rated. The overall score is the average as a percentage of 5, or the share of areas passed.',
    fivePoint: 'From 1 to 5',
    passFail: 'Pass or fail',
    customers: 'Customers may inspect their visits',
    customersHelp: 'Portal users of a location with Quality checks switched on can inspect a completed visit there with the same form.',
    pastKept: 'Inspections already made keep the scale they were rated on.',
    save: 'Save',
    saved: 'Quality check settings saved.',
    loadFailed: 'The quality check settings could not be loaded',
    adminsOnly: 'Admins only',
    adminsOnlyText: 'Only the company’s owner and admins choose how inspections are rated.',
  },
};

/** The portal's What we clean page and the cleaning plan PDF: the customer's words for a location's cleaning plan. */
export const whatWeClean = {
  title: 'What we clean',
  /** Under the icon in the phone's tab bar, where there is room for one short word. */
  tab: 'Cleaning',
  description: 'At {{location}}: each room and what we do there, and how often.',
  tileText: 'Each room and what we do there, and how often. Download it as a PDF.',
  download: 'Download PDF',
  loadFailed: 'The cleaning plan could not be loaded.',
  tasks_one: '{{count}} task',
  tasks_other: '{{count}} tasks',
  noTasks: 'No tasks listed here yet.',
  empty: {
    title: 'No cleaning plan yet',
    text: '{{company}} has not written down what is cleaned at {{location}} yet. Ask them if you would like to see it.',
  },
  frequency: {
    every_visit: 'Every visit',
    weekly: 'Weekly',
    monthly: 'Monthly',
  },
  pdf: {
    heading: 'What we clean',
    fileName: 'Cleaning plan {{location}}',
    noPlan: 'No cleaning plan has been written down for this location yet.',
    noTasks: 'No tasks listed here yet.',
  },
};

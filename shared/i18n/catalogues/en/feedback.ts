/** Feedback: ratings and notes customers leave in the portal, and what the office reads of them. */
export const feedback = {
  /** The five-step scale, 1 to 5. */
  ratings: {
    extremelyDissatisfied: 'Extremely Dissatisfied',
    dissatisfied: 'Dissatisfied',
    neutral: 'Neutral',
    satisfied: 'Satisfied',
    extremelySatisfied: 'Extremely Satisfied',
  },
  page: {
    title: 'Feedback',
    description: 'How customers rate the work at their locations.',
    maxRating: 'Only ratings at or below',
    anyRating: 'Any rating',
    given: 'Given',
    anyTime: 'Any time',
    withinDays_one: 'In the last day',
    withinDays_other: 'In the last {{count}} days',
  },
  list: {
    columns: {
      date: 'Date',
      rating: 'Rating',
    },
    noMatch: {
      title: 'No feedback matches',
      description: 'Try other filters, or clear them to see all feedback.',
    },
    empty: {
      title: 'No feedback yet',
      description: 'Ratings and notes customers leave in the portal show up here.',
    },
  },
  trend: {
    title: 'Average rating, last 12 months',
    loadFailed: 'The trend could not be loaded',
    overall: 'Overall {{average}}',
    scale: '1 = {{lowest}}, 5 = {{highest}}',
  },
  chart: {
    noRatings_one: 'No ratings in the last month.',
    noRatings_other: 'No ratings in the last {{number}} months.',
    overall: 'Overall {{average}} ({{label}}).',
    onlyOneMonth: 'Average rating by month: only {{month}} has ratings, averaging {{average}}. {{overall}}',
    rising: 'Average rating by month, rising: {{first}} in {{firstMonth}} and {{last}} in {{lastMonth}}. {{overall}}',
    falling: 'Average rating by month, falling: {{first}} in {{firstMonth}} and {{last}} in {{lastMonth}}. {{overall}}',
    steady: 'Average rating by month, steady: {{first}} in {{firstMonth}} and {{last}} in {{lastMonth}}. {{overall}}',
    point_one: '{{month}}: {{average}} from {{number}} rating',
    point_other: '{{month}}: {{average}} from {{number}} ratings',
    caption: 'Average rating per month, 1 ({{lowest}}) to 5 ({{highest}})',
    month: 'Month',
    average: 'Average',
    ratings: 'Ratings',
    noRatingsCell: 'No ratings',
  },
  form: {
    question: 'How are we doing?',
    ratingFor: 'Your rating for {{location}}.',
    noteHint: 'Optional: what went well, or what we should do better.',
    send: 'Send feedback',
    thanksTitle: 'Thank you for your feedback',
    thanks: 'We read every note. It helps us do better at {{location}}.',
    more: 'Give more feedback',
  },
  lastJob: {
    title: 'Rate your last visit',
    question: 'How was {{service}} on {{date}}?',
    rate: 'Rate this visit',
  },
  rateVisit: {
    title: 'Rate your visit',
    description: 'Tell {{company}} how the visit went.',
    when: 'Visit on {{date}}',
    toDashboard: 'Back to Home',
    rated: {
      title: 'You rated this visit',
      text: 'Rated on {{date}}. Thank you for telling us how we did.',
    },
    notDone: {
      title: 'This visit is not finished yet',
      text: 'You can rate it once the team has completed it.',
    },
    expired: {
      title: 'This visit can no longer be rated',
      text: 'It ended more than {{days}} days ago.',
    },
    notFound: {
      title: 'Visit not found',
      message: 'This link does not lead to a visit you can rate. It may be for another location or another account.',
    },
    loadFailed: 'The visit could not be loaded',
  },
  history: {
    title: 'Earlier feedback',
    loadFailed: 'Earlier feedback could not be loaded',
    empty: 'No feedback yet.',
    dateBy: '{{date}} · {{name}}',
  },
};

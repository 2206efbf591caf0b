/** The technicians' phone app. */
export const field = {
  today: {
    title: 'Today',
    noVisits: 'No visits today',
    noVisitsText: 'When the office schedules you for a visit, it shows up here with the address and checklist.',
  },
};

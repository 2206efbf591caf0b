/** The office's words for visit reminders: the customer's Reminders card and the reminder hour under Settings. */
export const reminders = {
  card: {
    title: 'Reminders',
    loadFailed: 'Reminders could not be loaded.',
    customerManages: 'The customer can change these in the portal too.',
    officeManages: 'Only the office changes these; the customer sees them in the portal.',
    empty: 'Add contacts to this customer to send them reminders before visits.',
    contact: 'Contact',
    threeDays: '3 days',
    oneDay: '1 day',
    threeDaysFor: 'Remind {{name}} 3 days before each visit',
    oneDayFor: 'Remind {{name}} 1 day before each visit',
    noAddress: 'No email or mobile',
    saved: 'Reminders saved',
  },
  settings: {
    title: 'Reminders',
    intro: 'A customer’s contacts can be reminded by email 3 days and 1 day before each visit. A contact with a mobile number and carrier also gets them by text.',
    hour: 'Send reminders from',
    hourHint: 'On each location’s clock. Each reminder goes out once, on its day, from this hour on.',
    save: 'Save',
    saved: 'Reminder hour saved',
    customersManage: 'Customers choose their own reminders in the portal.',
    officeManages: 'Only the office chooses reminders; customers see them in the portal.',
    changeWho: 'Change who chooses in Customer portal settings',
  },
};

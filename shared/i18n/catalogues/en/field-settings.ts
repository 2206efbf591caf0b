/** The office's Field work settings (English only, like the rest of the office). */
export const fieldSettings = {
  title: 'Field work',
  proofOfServiceEmails: 'Email customers the proof of service',
  proofOfServiceEmailsHelp:
    'When the last technician clocks out of a visit, each portal user of the location gets an email linking to its proof of service: who worked when, the checklist, the photos and the notes marked for the customer. Notes not marked for the customer and problems flagged for the office are never shown. Customers can open the proof of service in the portal either way.',
  save: 'Save',
  saved: 'Field work settings saved.',
  loadFailed: 'The field work settings could not be loaded',
  adminsOnly: 'Admins only',
  adminsOnlyText: 'Only the company’s owner and admins choose what customers are emailed.',
};

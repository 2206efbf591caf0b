/** The office's Journal tab of a customer: dated notes the customer never sees. */
export const journal = {
  intro: 'Notes about this customer for the office only: calls, complaints, what was agreed. The customer never sees the journal.',
  loadFailed: 'The journal could not be loaded.',
  categories: {
    note: 'Note',
    call: 'Call',
    visit: 'Visit',
    complaint: 'Complaint',
    praise: 'Praise',
    other: 'Other',
  },
  form: {
    title: 'New entry',
    date: 'Date',
    dateHint: 'The day it happened.',
    category: 'What about',
    text: 'Entry',
    textPlaceholder: 'Carla called about the dust on the reception window sills.',
    save: 'Add entry',
    added: 'The entry is in the journal.',
  },
  search: {
    label: 'Search the journal',
    placeholder: 'Words in the entry',
  },
  empty: {
    title: 'No entries yet',
    description: 'Write down calls, complaints and agreements as they happen, with the day they happened.',
  },
  noMatch: {
    title: 'No entry matches',
    description: 'No entry holds all of those words.',
  },
  by: 'By {{name}}',
  byRemoved: 'By a former staff member',
  showing: 'Entries {{from}}–{{to}} of {{total}}',
  delete: {
    button: 'Delete entry',
    label: 'Delete the entry of {{date}}',
    title: 'Delete this entry?',
    text: 'The entry of {{date}} will be removed from the journal for good.',
    confirm: 'Delete entry',
    deleted: 'The entry was deleted.',
  },
};

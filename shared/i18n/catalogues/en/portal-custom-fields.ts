/** What a customer reads about their custom fields: the account tab's panel, and the request a change opens. */
export const portalCustomFields = {
  title: 'Additional information',
  intro: 'Details {{company}} keeps about your account. You can change the ones with a box.',
  loadFailed: 'This information could not be loaded.',
  save: 'Save changes',
  saved: 'Your changes are saved.',
  empty: 'Not filled in',
  yes: 'Yes',
  no: 'No',
  chooseOption: 'Choose…',
  ticket: {
    subjectOne: 'Changed in the portal: {{label}}',
    subjectMany: 'Changed in the portal: {{labels}}',
    text: '{{person}} changed these details of {{owner}} in the portal:',
    line: '- {{label}}: {{before}} → {{after}}',
    empty: '(empty)',
    name: 'Name',
    phone: 'Phone',
    contactOf: 'the contact {{person}}',
  },
};

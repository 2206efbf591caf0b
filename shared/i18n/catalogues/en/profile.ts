/** A person's own account: the office profile page and the portal's "Your account". */
export const profile = {
  office: {
    title: 'Profile',
    description: 'Your account at Porter.',
    details: 'Your details',
    detailsHint: 'An owner or admin can change your name, email and role.',
    mobileTitle: 'Mobile number and carrier',
    mobileText: 'So Porter can text you about the locations you are assigned to, when you choose texts there.',
    mobileSaved: 'Your mobile details are up to date.',
    loadFailed: 'Your profile could not be loaded',
  },
  portal: {
    title: 'Your account',
    signedInAs: 'Signed in as {{name}} ({{email}})',
    readOnly: 'You are viewing this account read-only, so these forms are switched off.',
    details: 'Your details',
    email: 'Email address',
  },
  changePassword: {
    title: 'Change password',
    submit: 'Change password',
    doneTitle: 'Password changed',
    doneMessage: 'Use your new password the next time you sign in.',
  },
  account: {
    saved: 'Your details are up to date.',
    statusEmails: 'Email me when one of my requests changes status',
    statusEmailsHint: 'Replies from us are always emailed.',
    save: 'Save details',
  },
  emailChange: {
    /** <b> marks the current address. */
    intro: 'You sign in with <b>{{email}}</b>. We send a link to the new address; the change takes effect when you open it.',
    pending: 'Waiting for you to confirm {{email}}',
    newEmail: 'New email',
    submit: 'Send confirmation link',
  },
  language: {
    title: 'Language',
    label: 'Language of your pages and emails',
    automatic: 'Automatic',
    hint: 'Automatic follows your browser’s language, else the company’s. Saved to your account: it follows you to every device.',
  },
};

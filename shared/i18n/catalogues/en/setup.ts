/** The first-run page that creates the company and its owner (English only). */
export const setup = {
  pageTitle: 'Set up',
  title: 'Set up your company',
  subtitle: 'Create your company and your owner account. You can change the details later.',
  setupCode: 'Setup code',
  setupCodeHint: 'Printed on the server console when Porter started. It proves you run this server.',
  companyName: 'Company name',
  portalAddress: 'Portal address',
  /** <url> marks the portal's full address. */
  portalAddressHint: 'Your customers sign in at <url>{{url}}</url>',
  /** Shown in the portal address until a name suggests one; lower case and dashes only. */
  slugExample: 'your-company',
  ownerName: 'Your name',
  ownerEmailHint: 'You’ll sign in with this address.',
  submit: 'Create company',
};

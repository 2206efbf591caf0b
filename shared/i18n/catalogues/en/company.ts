export const company = {
  title: 'Company',
  name: 'Company name',
  nameHint: 'Your company’s own name, as the office knows it. Customers see the portal name from Portal settings.',
  timeZoneHint: 'Office summaries, such as the dashboard, use this clock. Each location keeps its own zone.',
  defaultLanguage: 'Default language',
  defaultLanguageHint: 'For customers and staff who have not chosen a language and whose browser speaks none of Porter’s.',
  address: 'Postal address',
  addressHint: 'Shown to your customers in the portal.',
  saved: 'The company’s details are saved.',
  loadFailed: 'The company’s details could not be loaded',
};

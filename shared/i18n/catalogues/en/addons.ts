/** Settings › Add-ons: the modules a company switches on. */
export const addons = {
  title: 'Add-ons',
  intro: 'Modules you switch on when you need them. What an add-on adds appears for your whole team at once, and disappears when you switch it off; nothing is deleted.',
  textMessaging: {
    name: 'Text messaging',
    description: 'Text a customer’s contact from the office, besides email, when they have a mobile number.',
  },
  invoiceCalculation: {
    name: 'Invoice calculation',
    description: 'Each customer’s service agreements: the accepted quotes and services it pays for, with their prices.',
  },
  audits: {
    name: 'Audits',
    description: 'A Reports tab on each customer with its inspections, newest first.',
  },
  saved: 'The add-ons are saved.',
  loadFailed: 'The add-ons could not be loaded',
};

/** The office's Invoices to charge: autopay customers' invoices, charged by the office (English only, like the rest of the office). */
export const autopay = {
  title: 'Invoices to charge',
  intro: 'Sent invoices of customers on autopay. Charging is always your action: choose the invoices and charge them to each customer’s default card.',
  loadFailed: 'The invoices to charge could not be loaded.',
  empty: {
    title: 'Nothing to charge',
    text: 'When a customer on autopay has a sent invoice, it appears here.',
  },
  columns: {
    invoice: 'Invoice',
    customer: 'Customer',
    due: 'Due date',
    amount: 'Amount',
    tip: 'Tip',
    card: 'Card',
    lastFailure: 'Last attempt',
  },
  declined: 'Declined: {{reason}}',
  card: '{{brand}} ·{{last4}}',
  selectAll: 'Select every invoice',
  select: 'Select {{number}}',
  charge: 'Charge {{count}} invoices ({{total}})',
  confirm: {
    title: 'Charge these invoices?',
    text: '{{count}} invoices of {{customers}} customers, {{total}} in all, each customer’s to its default card. This cannot be undone here.',
    action: 'Charge now',
  },
  results: {
    succeeded: '{{customer}}: paid {{amount}}.',
    failed: '{{customer}}: declined ({{reason}}).',
    pending: '{{customer}}: being confirmed with the card company.',
    skipped: '{{customer}}: not charged. {{reason}}',
  },
};

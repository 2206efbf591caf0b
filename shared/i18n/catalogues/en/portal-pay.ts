/** What a billing contact reads while paying invoices: the pay page, its confirmation step and the answer. */
export const portalPay = {
  title: 'Pay invoices',
  description: 'Everything you owe is selected. Untick what you want to pay later.',
  loadFailed: 'Your invoices could not be loaded.',
  nothingOwed: {
    title: 'Nothing to pay',
    message: 'You owe {{company}} nothing right now.',
  },
  noCard: {
    title: 'Add a card first',
    message: 'Paying needs a card on file.',
    action: 'Add a card',
  },
  testGateway: 'Test payments: no real card is charged.',
  invoices: {
    legend: 'Invoices to pay',
    number: 'Invoice {{number}}',
    due: 'Due {{date}}',
    overdue: 'Overdue',
    inFlight: 'A payment is being confirmed',
    tip: 'Tip for the team',
    tipHint: 'Optional, on top of the invoice',
  },
  card: {
    legend: 'Pay with',
    label: '{{brand}} ending {{last4}}',
    expires: 'Expires {{month}}/{{year}}',
    default: 'Default',
  },
  summary: {
    invoices: 'Invoices',
    tips: 'Tips',
    total: 'Total',
  },
  review: 'Review payment',
  chooseFirst: 'Choose at least one invoice.',
  confirm: {
    title: 'Confirm your payment',
    card: 'Card',
    back: 'Change',
    pay: 'Pay {{total}}',
  },
  result: {
    succeeded: 'Thank you: {{total}} was paid with your {{brand}} ending {{last4}}.',
    failed: 'Your card was declined ({{reason}}). Nothing was charged. Try another card.',
    pending: 'We are confirming your payment with the card company. This takes a moment.',
    requiresAction: 'Your bank asks you to confirm this payment.',
    finish: 'Confirm with your bank',
    checkAgain: 'Check again',
    backToBilling: 'Back to billing',
    payMore: 'Pay something else',
  },
};

import type { en } from '../en/index.ts';

export const portalPay: (typeof en)['portalPay'] = {
  title: 'Betal fakturaer',
  description: 'Alt, hvad du skylder, er valgt. Fjern fluebenet ved det, du vil betale senere.',
  loadFailed: 'Dine fakturaer kunne ikke hentes.',
  nothingOwed: {
    title: 'Intet at betale',
    message: 'Du skylder ikke {{company}} noget lige nu.',
  },
  noCard: {
    title: 'Tilføj først et kort',
    message: 'Betaling kræver et gemt kort.',
    action: 'Tilføj et kort',
  },
  testGateway: 'Testbetalinger: intet rigtigt kort bliver trukket.',
  invoices: {
    legend: 'Fakturaer, der skal betales',
    number: 'Faktura {{number}}',
    due: 'Forfalder {{date}}',
    overdue: 'Forfalden',
    inFlight: 'En betaling bliver bekræftet',
    tip: 'Drikkepenge til holdet',
    tipHint: 'Valgfrit, oven i fakturaen',
  },
  card: {
    legend: 'Betal med',
    label: '{{brand}} der slutter på {{last4}}',
    expires: 'Udløber {{month}}/{{year}}',
    default: 'Standard',
  },
  summary: {
    invoices: 'Fakturaer',
    tips: 'Drikkepenge',
    total: 'I alt',
  },
  review: 'Gennemse betalingen',
  chooseFirst: 'Vælg mindst én faktura.',
  confirm: {
    title: 'Bekræft din betaling',
    card: 'Kort',
    back: 'Ret',
    pay: 'Betal {{total}}',
  },
  prepay: {
    title: 'Betal forud',
    text: 'En forudbetaling gemmes som tilgodehavende ({{credit}} nu), indtil kontoret bruger den på en faktura.',
    amount: 'Beløb',
    pay: 'Betal {{amount}} forud',
  },
  result: {
    succeeded: 'Tak: {{total}} blev betalt med dit {{brand}} der slutter på {{last4}}.',
    failed: 'Dit kort blev afvist ({{reason}}). Intet blev trukket. Prøv et andet kort.',
    pending: 'Vi bekræfter din betaling med kortselskabet. Det tager et øjeblik.',
    requiresAction: 'Din bank beder dig bekræfte betalingen.',
    finish: 'Bekræft hos din bank',
    checkAgain: 'Se igen',
    backToBilling: 'Tilbage til betaling',
    payMore: 'Betal noget andet',
  },
};

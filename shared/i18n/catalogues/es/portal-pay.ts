import type { en } from '../en/index.ts';

export const portalPay: (typeof en)['portalPay'] = {
  title: 'Pagar facturas',
  description: 'Todo lo que debes está seleccionado. Desmarca lo que quieras pagar más adelante.',
  loadFailed: 'No se pudieron cargar tus facturas.',
  nothingOwed: {
    title: 'Nada que pagar',
    message: 'Ahora mismo no debes nada a {{company}}.',
  },
  noCard: {
    title: 'Añade primero una tarjeta',
    message: 'Para pagar hace falta una tarjeta guardada.',
    action: 'Añadir una tarjeta',
  },
  testGateway: 'Pagos de prueba: no se cobra ninguna tarjeta real.',
  invoices: {
    legend: 'Facturas a pagar',
    number: 'Factura {{number}}',
    due: 'Vence el {{date}}',
    overdue: 'Vencida',
    inFlight: 'Se está confirmando un pago',
    tip: 'Propina para el equipo',
    tipHint: 'Opcional, además de la factura',
  },
  card: {
    legend: 'Pagar con',
    label: '{{brand}} terminada en {{last4}}',
    expires: 'Caduca {{month}}/{{year}}',
    default: 'Predeterminada',
  },
  summary: {
    invoices: 'Facturas',
    tips: 'Propinas',
    total: 'Total',
  },
  review: 'Revisar el pago',
  chooseFirst: 'Elige al menos una factura.',
  confirm: {
    title: 'Confirma tu pago',
    card: 'Tarjeta',
    back: 'Cambiar',
    pay: 'Pagar {{total}}',
  },
  prepay: {
    title: 'Pagar por adelantado',
    text: 'Un pago por adelantado se guarda como saldo a favor ({{credit}} ahora) hasta que la oficina lo aplique a una factura.',
    amount: 'Importe',
    pay: 'Pagar {{amount}} por adelantado',
  },
  result: {
    succeeded: 'Gracias: se pagaron {{total}} con tu {{brand}} terminada en {{last4}}.',
    failed: 'Tu tarjeta fue rechazada ({{reason}}). No se cobró nada. Prueba con otra tarjeta.',
    pending: 'Estamos confirmando tu pago con la entidad de la tarjeta. Tarda un momento.',
    requiresAction: 'Tu banco te pide que confirmes este pago.',
    finish: 'Confirmar con tu banco',
    checkAgain: 'Comprobar de nuevo',
    backToBilling: 'Volver a facturación',
    payMore: 'Pagar otra cosa',
  },
};

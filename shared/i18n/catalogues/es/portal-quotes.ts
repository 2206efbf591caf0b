import type { Translation } from '../../translation.ts';
import type { portalQuotes as en } from '../en/portal-quotes.ts';

export const portalQuotes: Translation<typeof en> = {
  title: 'Presupuesto',
  numbered: 'Presupuesto {{number}}',
  from: 'De {{company}}',
  statuses: { draft: 'Borrador', sent: 'Esperando tu respuesta', accepted: 'Aceptado', declined: 'Rechazado', expired: 'Caducado' },
  validUntil: 'Válido hasta el {{date}}',
  location: 'Ubicación',
  lines: 'Qué incluye',
  lineColumns: { description: 'Descripción', quantity: 'Cant.', amount: 'Importe' },
  totals: { subtotal: 'Subtotal', discount: 'Descuento', tax: 'Impuestos', total: 'Total' },
  terms: 'Condiciones del acuerdo',
  accept: {
    title: 'Aceptar',
    name: 'Tu nombre completo, como firma',
    agree: 'Acepto estas condiciones',
    submit: 'Aceptar el presupuesto',
    done: 'Has aceptado este presupuesto',
    signed: 'Firmado «{{name}}» el {{when}}.',
  },
  decline: {
    open: 'Rechazar',
    title: 'Rechazar el presupuesto',
    reason: '¿Por qué lo rechazas?',
    submit: 'Rechazar el presupuesto',
    cancel: 'Dejarlo abierto',
    done: 'Has rechazado este presupuesto',
  },
  expired: 'El último día de validez de este presupuesto ya pasó. Pide uno nuevo a {{company}}.',
  notFound: 'No se encontró el presupuesto',
  notFoundMessage: 'Puede que se haya retirado o que no seas contacto de facturación de este cliente.',
  loadFailed: 'No se pudo cargar el presupuesto',
  callToAction: {
    title: 'Acepta las condiciones de {{title}}',
    body: 'Válido hasta el {{date}}. Lee las condiciones y acéptalo o recházalo.',
    open: 'Leer y responder',
  },
};

import type { Translation } from '../../translation.ts';
import type { portalUpgrades as english } from '../en/portal-upgrades.ts';

export const portalUpgrades: Translation<typeof english> = {
  title: 'Mejora tu visita',
  description: 'Añade extras a esta visita. {{company}} confirma cada uno.',
  loadFailed: 'No se pudo cargar esta visita.',
  notFound: {
    title: 'Esta visita no se puede mejorar',
    message: 'Puede que se haya movido, cancelado o ya realizado. Tu próxima visita está en la página de inicio.',
  },
  visit: {
    heading: 'Tu visita',
    when: '{{date}} a las {{time}}',
  },
  windowPassed: {
    title: 'Ya es tarde para añadir mejoras',
    message: 'Ya ha pasado el plazo para mejorar tu servicio',
  },
  offered: {
    title: 'Mejoras disponibles',
    legend: 'Elige las mejoras que quieres añadir',
    extraTime: '+{{minutes}} min',
    none: '{{company}} todavía no ofrece mejoras.',
    allAdded: 'Todas las mejoras que ofrece {{company}} ya están en esta visita.',
  },
  confirm: 'Añadir a mi visita',
  chooseFirst: 'Primero elige al menos una mejora.',
  requested: {
    title: 'Mejora solicitada',
    text: 'Hemos pedido a {{company}} que añada {{names}}. Aparece como pendiente hasta que lo confirmen.',
  },
  added: {
    title: 'En esta visita',
    none: 'Esta visita todavía no tiene mejoras.',
    status: {
      pending: 'Pendiente',
      accepted: 'Confirmada',
      declined: 'Rechazada',
    },
  },
  price: {
    title: 'Precio de esta visita',
  },
  request: {
    subjectOne: 'Mejora: {{name}}',
    subjectMany: 'Mejoras: {{names}}',
    text: 'Por favor, añadid a la visita del {{when}} en {{location}}:',
    line: '- {{name}} ({{price}})',
  },
  email: {
    subject: '{{name}}: {{status}}',
    statuses: {
      accepted: 'confirmada',
      declined: 'rechazada',
    },
    accepted: '{{company}} ha confirmado {{name}} ({{price}}) para tu visita del {{when}} en {{location}}.',
    declined: '{{company}} no puede añadir {{name}} ({{price}}) a tu visita del {{when}} en {{location}}. No forma parte de la visita ni de su precio.',
    seeIt: 'Consulta tu visita: {{link}}',
  },
};

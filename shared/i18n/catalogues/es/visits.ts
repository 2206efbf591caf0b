import type { Translation } from '../../translation.ts';
import type { visits as english } from '../en/visits.ts';

export const visits: Translation<typeof english> = {
  frequency: {
    once: 'Una sola vez',
    weekly_one: 'Cada semana el {{days}}',
    weekly_other: 'Cada {{count}} semanas el {{days}}',
    monthlyByDate_one: 'Cada mes el día {{day}}',
    monthlyByDate_other: 'Cada {{count}} meses el día {{day}}',
    monthlyByWeekday_one: 'Cada mes el {{nth}} {{weekday}}',
    monthlyByWeekday_other: 'Cada {{count}} meses el {{nth}} {{weekday}}',
    nth: { first: 'primer', second: 'segundo', third: 'tercer', fourth: 'cuarto', last: 'último' },
    custom: 'Un calendario creado fuera de Porter',
  },
  status: {
    scheduled: 'Programada',
    in_progress: 'En curso',
    completed: 'Completada',
    skipped: 'Omitida',
    cancelled: 'Cancelada',
  },
  serviceStatus: {
    waiting: 'En espera',
    scheduled: 'Programado',
  },
  price: {
    base: 'Precio base',
    total: 'Total',
    pending: 'pendiente',
    withPercent: '{{name}} ({{percent}})',
    pendingNote: 'Los extras pendientes se suman al total cuando se aceptan.',
    title: 'Desglose del precio',
  },
  duration: '{{duration}} en el lugar',
};

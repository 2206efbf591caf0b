import type { Translation } from '../../translation.ts';
import type { feedback as english } from '../en/feedback.ts';

export const feedback: Translation<typeof english> = {
  ratings: {
    extremelyDissatisfied: 'Muy insatisfecho',
    dissatisfied: 'Insatisfecho',
    neutral: 'Neutral',
    satisfied: 'Satisfecho',
    extremelySatisfied: 'Muy satisfecho',
  },
  page: {
    title: 'Opiniones',
    description: 'Cómo valoran los clientes el trabajo en sus ubicaciones.',
    maxRating: 'Solo valoraciones iguales o inferiores a',
    anyRating: 'Cualquier valoración',
    given: 'Enviada',
    anyTime: 'En cualquier momento',
    withinDays_one: 'En el último día',
    withinDays_other: 'En los últimos {{count}} días',
  },
  list: {
    columns: {
      date: 'Fecha',
      rating: 'Valoración',
    },
    noMatch: {
      title: 'Ninguna opinión coincide',
      description: 'Prueba con otros filtros, o quítalos para ver todas las opiniones.',
    },
    empty: {
      title: 'Aún no hay opiniones',
      description: 'Aquí aparecen las valoraciones y notas que los clientes dejan en el portal.',
    },
  },
  trend: {
    title: 'Valoración media, últimos 12 meses',
    loadFailed: 'No se pudo cargar la evolución',
    overall: 'Media general {{average}}',
    scale: '1 = {{lowest}}, 5 = {{highest}}',
  },
  chart: {
    noRatings_one: 'No hay valoraciones del último mes.',
    noRatings_other: 'No hay valoraciones de los últimos {{number}} meses.',
    overall: 'Media general {{average}} ({{label}}).',
    onlyOneMonth: 'Valoración media por mes: solo {{month}} tiene valoraciones, con una media de {{average}}. {{overall}}',
    rising: 'Valoración media por mes, en aumento: {{first}} en {{firstMonth}} y {{last}} en {{lastMonth}}. {{overall}}',
    falling: 'Valoración media por mes, en descenso: {{first}} en {{firstMonth}} y {{last}} en {{lastMonth}}. {{overall}}',
    steady: 'Valoración media por mes, estable: {{first}} en {{firstMonth}} y {{last}} en {{lastMonth}}. {{overall}}',
    point_one: '{{month}}: {{average}} de {{number}} valoración',
    point_other: '{{month}}: {{average}} de {{number}} valoraciones',
    caption: 'Valoración media por mes, de 1 ({{lowest}}) a 5 ({{highest}})',
    month: 'Mes',
    average: 'Media',
    ratings: 'Valoraciones',
    noRatingsCell: 'Sin valoraciones',
  },
  form: {
    question: '¿Qué tal lo estamos haciendo?',
    ratingFor: 'Tu valoración de {{location}}.',
    noteHint: 'Opcional: qué salió bien o qué deberíamos mejorar.',
    send: 'Enviar opinión',
    thanksTitle: 'Gracias por tu opinión',
    thanks: 'Leemos todas las notas. Nos ayudan a hacerlo mejor en {{location}}.',
    more: 'Dar otra opinión',
  },
  lastJob: {
    title: 'Valore su última visita',
    question: '¿Qué tal fue {{service}} el {{date}}?',
    rate: 'Valorar la visita',
  },
  rateVisit: {
    title: 'Valora tu visita',
    description: 'Cuéntale a {{company}} qué tal fue la visita.',
    when: 'Visita del {{date}}',
    toDashboard: 'Volver a Inicio',
    rated: {
      title: 'Ya valoraste esta visita',
      text: 'Valorada el {{date}}. Gracias por contarnos qué tal lo hicimos.',
    },
    notDone: {
      title: 'Esta visita aún no ha terminado',
      text: 'Podrás valorarla cuando el equipo la haya completado.',
    },
    expired: {
      title: 'Esta visita ya no se puede valorar',
      text: 'Terminó hace más de {{days}} días.',
    },
    notFound: {
      title: 'Visita no encontrada',
      message: 'Este enlace no lleva a una visita que puedas valorar. Puede ser de otra ubicación o de otra cuenta.',
    },
    loadFailed: 'No se pudo cargar la visita',
  },
  history: {
    title: 'Opiniones anteriores',
    loadFailed: 'No se pudieron cargar las opiniones anteriores',
    empty: 'Aún no hay opiniones.',
    dateBy: '{{date}} · {{name}}',
  },
};

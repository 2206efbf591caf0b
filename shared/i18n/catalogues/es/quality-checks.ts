import type { Translation } from '../../translation.ts';
import type { qualityChecks as en } from '../en/quality-checks.ts';

export const qualityChecks: Translation<typeof en> = {
  rating: {
    notRated: 'Sin valorar',
    pass: 'Aprobado',
    fail: 'Suspendido',
    ofFive: '{{rating}} de 5',
  },
  score: {
    none: 'Sin puntuación',
  },
  trend: {
    empty: 'Aún no hay inspecciones con puntuación.',
    one: 'Puntuación en {{location}}: {{last}} el {{lastDate}}, la única inspección con puntuación hasta ahora.',
    rising: 'La puntuación en {{location}} sube en las últimas {{number}} inspecciones, de {{first}} el {{firstDate}} a {{last}} el {{lastDate}}.',
    falling: 'La puntuación en {{location}} baja en las últimas {{number}} inspecciones, de {{first}} el {{firstDate}} a {{last}} el {{lastDate}}.',
    steady: 'La puntuación en {{location}} se mantiene en las últimas {{number}} inspecciones: {{first}} el {{firstDate}}, {{last}} el {{lastDate}}.',
    point: '{{date}}: {{score}}',
    caption: 'Puntuaciones de las inspecciones en {{location}}, de la más antigua a la más reciente',
    date: 'Inspeccionado',
    score: 'Puntuación',
  },
  detail: {
    areas: 'Zonas inspeccionadas',
  },
  list: {
    by: 'Por {{name}}',
    byCustomer: 'Por {{name}} (su equipo)',
    rated_one: '{{rated}} de {{total}} zona valorada',
    rated_other: '{{rated}} de {{total}} zonas valoradas',
  },
  form: {
    rating: 'Valoración',
    comment: 'Comentario',
    addPhotos: 'Añadir fotos de {{area}}',
    visit: 'Visita inspeccionada',
    note: 'Comentario sobre la inspección en conjunto',
    noScoreYet: 'Valora una zona para ver la puntuación.',
    scoreSoFar: 'Puntuación hasta ahora: {{score}}',
    save: 'Guardar inspección',
  },
  saved: {
    title: 'Inspección guardada',
    text: 'La inspección de {{location}} está guardada. Su puntuación:',
    another: 'Inspeccionar otra ubicación',
  },
  waiting: {
    title: 'Guardado en este teléfono',
    text: 'El control de calidad de {{location}} se enviará solo cuando vuelva la conexión. Su puntuación aparece cuando llegue.',
  },
  // Lo guardado en el teléfono sin señal, tal como lo nombra la lista de lo que espera para enviarse.
  queue: {
    inspection: 'Control de calidad de {{location}}',
    photo: 'Foto de {{area}} para el control de calidad de {{location}}',
  },
  inspect: {
    back: 'Visitas de hoy',
    title: 'Inspeccionar una ubicación',
    fromField: 'Inspeccionar una ubicación',
    description: 'Valora cada zona del plan de limpieza de la ubicación; las zonas sin valorar no cuentan para la puntuación.',
    location: 'Ubicación',
    loadFailed: 'No se pudo cargar el formulario de inspección',
    noAreas: 'Aún no hay nada que inspeccionar',
    noAreasText: '{{location}} no tiene zonas en su plan de limpieza. La oficina las añade en la página de la ubicación.',
  },
  portal: {
    title: 'Controles de calidad',
    description: 'Informes de inspección de {{location}}: la puntuación, la valoración de cada zona, comentarios y fotos.',
    trend: 'Evolución de la puntuación',
    list: 'Inspecciones',
    loadFailed: 'No se pudieron cargar los controles de calidad',
    empty: 'Aún no hay inspecciones',
    emptyText: 'Los informes de inspección aparecen aquí en cuanto se hacen.',
    inspectText: 'Puede inspeccionar usted mismo una visita terminada: valore cada zona y añada comentarios y fotos.',
    inspect: 'Inspeccionar una visita',
  },
};

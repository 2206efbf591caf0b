import type { whatWeClean as english } from '../en/what-we-clean.ts';
import type { Translation } from '../../translation.ts';

export const whatWeClean: Translation<typeof english> = {
  title: 'Qué limpiamos',
  tab: 'Limpieza',
  description: 'En {{location}}: cada sala, lo que hacemos en ella y con qué frecuencia.',
  tileText: 'Cada sala, lo que hacemos en ella y con qué frecuencia. Descárgalo en PDF.',
  download: 'Descargar PDF',
  loadFailed: 'No se pudo cargar el plan de limpieza.',
  tasks_one: '{{count}} tarea',
  tasks_other: '{{count}} tareas',
  noTasks: 'Todavía no hay tareas aquí.',
  empty: {
    title: 'Aún no hay plan de limpieza',
    text: '{{company}} todavía no ha anotado qué se limpia en {{location}}. Pregúntales si quieres verlo.',
  },
  frequency: {
    every_visit: 'En cada visita',
    weekly: 'Semanal',
    monthly: 'Mensual',
  },
  pdf: {
    heading: 'Qué limpiamos',
    fileName: 'Plan de limpieza {{location}}',
    noPlan: 'Todavía no se ha anotado un plan de limpieza para esta ubicación.',
    noTasks: 'Todavía no hay tareas aquí.',
  },
};

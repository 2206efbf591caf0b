import type { proofOfService as english } from '../en/proof-of-service.ts';
import type { Translation } from '../../translation.ts';

export const proofOfService: Translation<typeof english> = {
  title: 'Comprobante de servicio',
  open: 'Comprobante de servicio',
  description: 'Lo que {{company}} hizo en esta visita: quién trabajó y cuándo, la lista de tareas, las fotos y las notas para usted.',
  download: 'Descargar PDF',
  loadFailed: 'No se pudo cargar el comprobante de servicio',
  notFound: {
    title: 'No hay comprobante de servicio',
    text: 'El comprobante de servicio existe cuando una visita se ha completado, en las ubicaciones que puede ver en este portal.',
  },
  whoWorked: 'Quién trabajó',
  clockedIn: 'Entrada',
  clockedOut: 'Salida',
  notClockedOut: 'sin registrar la salida',
  checklist: 'Lista de tareas',
  noChecklist: 'Esta visita no tenía lista de tareas.',
  done: 'Hecho',
  notDone: 'No hecho',
  doneBy: 'por {{name}}, {{time}}',
  tasksDone: '{{done}} de {{count}} hechas',
  photos: 'Fotos',
  before: 'Antes',
  after: 'Después',
  beforePhoto: 'Foto de antes, de {{name}}, {{time}}',
  afterPhoto: 'Foto de después, de {{name}}, {{time}}',
  openPhoto: 'Abrir la foto',
  noPhotos: 'No se tomaron fotos en esta visita.',
  notes: 'Notas del equipo',
  noteBy: '{{name}}, {{time}}',
  pdf: {
    fileName: 'Comprobante de servicio {{location}} {{date}}',
    clock: 'Horas según el reloj de {{location}} ({{zone}}).',
  },
};

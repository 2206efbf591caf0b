import type { Translation } from '../../translation.ts';
import type { portalReminders as english } from '../en/portal-reminders.ts';

export const portalReminders: Translation<typeof english> = {
  title: 'Recordatorios de visitas: {{customer}}',
  intro: 'Elige a quién recordamos cada visita: por correo y, cuando podemos, por mensaje de texto.',
  readOnly: '{{company}} configura estos recordatorios. Pídeles si quieres algún cambio.',
  loadFailed: 'No se pudieron cargar tus recordatorios.',
  empty: 'Todavía no hay contactos. Añade uno para recibir recordatorios.',
  emptyReadOnly: 'Todavía no se recuerda a nadie antes de las visitas.',
  contact: 'Contacto {{number}}',
  name: 'Nombre',
  email: 'Correo electrónico',
  mobile: 'Número de móvil',
  threeDays: '3 días antes',
  oneDay: '1 día antes',
  noAddress: 'Sin correo ni móvil',
  reminded: 'Con recordatorio',
  notReminded: 'Sin recordatorio',
  add: 'Añadir un contacto',
  remove: 'Quitar a {{name}}',
  removeNew: 'Quitar este contacto',
  save: 'Guardar recordatorios',
  saved: 'Tus recordatorios se han guardado.',
  text: '{{company}}: recordatorio de {{service}} en {{location}} el {{date}} a las {{time}}.',
  reminder: {
    subject: 'Recordatorio: {{company}} os visita el {{date}}',
    threeDays: 'Te recordamos que {{company}} irá a {{location}} dentro de tres días, el {{date}} a las {{time}}, para {{service}}.',
    oneDay: 'Te recordamos que {{company}} irá a {{location}} mañana, {{date}}, a las {{time}}, para {{service}}.',
    address: 'Dirección: {{address}}',
    why: 'Recibes este mensaje porque eres contacto de {{customer}}. Si la hora no te viene bien, ponte en contacto con {{company}}.',
  },
};

import type { Translation } from '../../translation.ts';
import type { portalCustomFields as source } from '../en/portal-custom-fields.ts';

export const portalCustomFields: Translation<typeof source> = {
  title: 'Información adicional',
  intro: 'Datos que {{company}} guarda sobre tu cuenta. Puedes cambiar los que tienen una casilla.',
  loadFailed: 'No se pudo cargar esta información.',
  save: 'Guardar cambios',
  saved: 'Tus cambios se han guardado.',
  empty: 'Sin rellenar',
  yes: 'Sí',
  no: 'No',
  chooseOption: 'Elige…',
  ticket: {
    subjectOne: 'Cambiado en el portal: {{label}}',
    subjectMany: 'Cambiado en el portal: {{labels}}',
    text: '{{person}} cambió estos datos de {{owner}} en el portal:',
    line: '- {{label}}: {{before}} → {{after}}',
    empty: '(vacío)',
    name: 'Nombre',
    phone: 'Teléfono',
    contactOf: 'el contacto {{person}}',
  },
};

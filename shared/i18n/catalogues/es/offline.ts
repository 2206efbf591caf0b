import type { Translation } from '../../translation.ts';
import type { offline as english } from '../en/offline.ts';

export const offline: Translation<typeof english> = {
  waiting_one: '{{count}} cambio pendiente de enviar',
  waiting_other: '{{count}} cambios pendientes de enviar',
  waitingText: 'Guardado en este teléfono. Se envía solo cuando vuelva la conexión.',
  sendNow: 'Enviar ahora',
  refusedTitle: 'No guardado',
  refused: '{{what}}: {{reason}}',
  dismiss: 'Aceptar',
};

import type { Translation } from '../../translation.ts';
import type { field as english } from '../en/field.ts';

export const field: Translation<typeof english> = {
  today: {
    title: 'Hoy',
    noVisits: 'Hoy no tienes visitas',
    noVisitsText: 'Cuando la oficina te asigne una visita, aparecerá aquí con la dirección y la lista de tareas.',
  },
};

import type { Translation } from '../../translation.ts';
import type { field as english } from '../en/field.ts';

export const field: Translation<typeof english> = {
  today: {
    title: 'I dag',
    noVisits: 'Ingen besøg i dag',
    noVisitsText: 'Når kontoret planlægger et besøg til dig, vises det her med adresse og tjekliste.',
  },
};

import type { Translation } from '../../translation.ts';
import type { portalCustomFields as source } from '../en/portal-custom-fields.ts';

export const portalCustomFields: Translation<typeof source> = {
  title: 'Yderligere oplysninger',
  intro: 'Oplysninger som {{company}} har om din konto. Du kan ændre dem med et felt.',
  loadFailed: 'Oplysningerne kunne ikke indlæses.',
  save: 'Gem ændringer',
  saved: 'Dine ændringer er gemt.',
  empty: 'Ikke udfyldt',
  yes: 'Ja',
  no: 'Nej',
  chooseOption: 'Vælg…',
  ticket: {
    subjectOne: 'Ændret i portalen: {{label}}',
    subjectMany: 'Ændret i portalen: {{labels}}',
    text: '{{person}} ændrede disse oplysninger om {{owner}} i portalen:',
    line: '- {{label}}: {{before}} → {{after}}',
    empty: '(tom)',
    name: 'Navn',
    phone: 'Telefon',
    contactOf: 'kontaktpersonen {{person}}',
  },
};

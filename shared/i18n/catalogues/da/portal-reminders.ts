import type { Translation } from '../../translation.ts';
import type { portalReminders as english } from '../en/portal-reminders.ts';

export const portalReminders: Translation<typeof english> = {
  title: 'Påmindelser om besøg: {{customer}}',
  intro: 'Vælg, hvem vi minder om hvert besøg: på e-mail og, hvor vi kan, på sms.',
  readOnly: '{{company}} står for disse påmindelser. Spørg dem, hvis du ønsker en ændring.',
  loadFailed: 'Dine påmindelser kunne ikke indlæses.',
  empty: 'Ingen kontaktpersoner endnu. Tilføj en for at få påmindelser.',
  emptyReadOnly: 'Ingen bliver mindet om besøg endnu.',
  contact: 'Kontaktperson {{number}}',
  name: 'Navn',
  email: 'E-mail',
  mobile: 'Mobilnummer',
  threeDays: '3 dage før',
  oneDay: '1 dag før',
  noAddress: 'Ingen e-mail eller mobilnummer',
  reminded: 'Får påmindelse',
  notReminded: 'Ingen påmindelse',
  add: 'Tilføj en kontaktperson',
  remove: 'Fjern {{name}}',
  removeNew: 'Fjern denne kontaktperson',
  save: 'Gem påmindelser',
  saved: 'Dine påmindelser er gemt.',
  text: '{{company}}: påmindelse om {{service}} på {{location}} {{date}} kl. {{time}}.',
  reminder: {
    subject: 'Påmindelse: {{company}} kommer {{date}}',
    threeDays: 'Vi minder om, at {{company}} kommer til {{location}} om tre dage, {{date}} kl. {{time}}, til {{service}}.',
    oneDay: 'Vi minder om, at {{company}} kommer til {{location}} i morgen, {{date}} kl. {{time}}, til {{service}}.',
    address: 'Adresse: {{address}}',
    why: 'Du får denne besked, fordi du er kontaktperson for {{customer}}. Passer tidspunktet ikke, så kontakt {{company}}.',
  },
};

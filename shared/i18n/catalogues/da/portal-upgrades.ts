import type { Translation } from '../../translation.ts';
import type { portalUpgrades as english } from '../en/portal-upgrades.ts';

export const portalUpgrades: Translation<typeof english> = {
  title: 'Opgrader dit besøg',
  description: 'Tilføj ekstra til dette besøg. {{company}} bekræfter hvert enkelt.',
  loadFailed: 'Besøget kunne ikke indlæses.',
  notFound: {
    title: 'Dette besøg kan ikke opgraderes',
    message: 'Det er måske flyttet, aflyst eller allerede udført. Dit næste besøg står på forsiden.',
  },
  visit: {
    heading: 'Dit besøg',
    when: '{{date}} kl. {{time}}',
  },
  windowPassed: {
    title: 'For sent at tilføje tilvalg',
    message: 'Fristen for at opgradere din ydelse er udløbet',
  },
  offered: {
    title: 'Mulige tilvalg',
    legend: 'Vælg de tilvalg, du vil tilføje',
    extraTime: '+{{minutes}} min.',
    none: '{{company}} tilbyder endnu ingen tilvalg.',
    allAdded: 'Alle tilvalg, som {{company}} tilbyder, er allerede på dette besøg.',
  },
  confirm: 'Tilføj til mit besøg',
  chooseFirst: 'Vælg mindst ét tilvalg først.',
  requested: {
    title: 'Tilvalg anmodet',
    text: 'Vi har bedt {{company}} om at tilføje {{names}}. Det står som afventende, indtil de bekræfter.',
  },
  added: {
    title: 'På dette besøg',
    none: 'Der er endnu ingen tilvalg på dette besøg.',
    status: {
      pending: 'Afventer',
      accepted: 'Bekræftet',
      declined: 'Afvist',
    },
  },
  price: {
    title: 'Pris for dette besøg',
  },
  request: {
    subjectOne: 'Tilvalg: {{name}}',
    subjectMany: 'Tilvalg: {{names}}',
    text: 'Tilføj venligst til besøget {{when}} på {{location}}:',
    line: '- {{name}} ({{price}})',
  },
  email: {
    subject: '{{name}}: {{status}}',
    statuses: {
      accepted: 'bekræftet',
      declined: 'afvist',
    },
    accepted: '{{company}} har bekræftet {{name}} ({{price}}) til dit besøg {{when}} på {{location}}.',
    declined: '{{company}} kan ikke tilføje {{name}} ({{price}}) til dit besøg {{when}} på {{location}}. Det indgår ikke i besøget eller prisen.',
    seeIt: 'Se dit besøg: {{link}}',
  },
};

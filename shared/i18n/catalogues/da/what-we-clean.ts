import type { whatWeClean as english } from '../en/what-we-clean.ts';
import type { Translation } from '../../translation.ts';

export const whatWeClean: Translation<typeof english> = {
  title: 'Det gør vi rent',
  tab: 'Rengøring',
  description: 'På {{location}}: hvert rum, hvad vi gør der, og hvor ofte.',
  tileText: 'Hvert rum, hvad vi gør der, og hvor ofte. Hent den som PDF.',
  download: 'Hent PDF',
  loadFailed: 'Rengøringsplanen kunne ikke hentes.',
  tasks_one: '{{count}} opgave',
  tasks_other: '{{count}} opgaver',
  noTasks: 'Der er ingen opgaver her endnu.',
  empty: {
    title: 'Ingen rengøringsplan endnu',
    text: '{{company}} har endnu ikke skrevet ned, hvad der gøres rent på {{location}}. Spørg dem, hvis du gerne vil se den.',
  },
  frequency: {
    every_visit: 'Hvert besøg',
    weekly: 'Ugentligt',
    monthly: 'Månedligt',
  },
  pdf: {
    heading: 'Det gør vi rent',
    fileName: 'Rengøringsplan {{location}}',
    noPlan: 'Der er endnu ikke skrevet en rengøringsplan for denne lokation.',
    noTasks: 'Der er ingen opgaver her endnu.',
  },
};

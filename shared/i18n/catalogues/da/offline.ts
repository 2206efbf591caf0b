import type { Translation } from '../../translation.ts';
import type { offline as english } from '../en/offline.ts';

export const offline: Translation<typeof english> = {
  waiting_one: '{{count}} ændring venter på at blive sendt',
  waiting_other: '{{count}} ændringer venter på at blive sendt',
  waitingText: 'Gemt på denne telefon. Den sendes af sig selv, når forbindelsen er tilbage.',
  sendNow: 'Send nu',
  refusedTitle: 'Ikke gemt',
  refused: '{{what}}: {{reason}}',
  dismiss: 'OK',
};

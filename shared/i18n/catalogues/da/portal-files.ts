import type { portalFiles as english } from '../en/portal-files.ts';
import type { Translation } from '../../translation.ts';

export const portalFiles: Translation<typeof english> = {
  title: 'Filer',
  description: 'Filer, der er delt med dig på {{location}}.',
  loadFailed: 'Filerne kunne ikke indlæses.',
  locationFiles: 'Filer til denne adresse',
  companyDocuments: 'Dokumenter og links fra {{company}}',
  empty: {
    title: 'Ingen filer endnu',
    description: '{{company}} har ikke delt nogen filer til denne adresse endnu.',
  },
  kinds: { image: 'Billede', document: 'Dokument', video: 'Video', link: 'Link' },
  download: 'Hent {{file}}',
  open: 'Åbn {{title}}',
  opensElsewhere: 'åbner et andet websted',
};

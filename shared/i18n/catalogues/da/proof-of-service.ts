import type { proofOfService as english } from '../en/proof-of-service.ts';
import type { Translation } from '../../translation.ts';

export const proofOfService: Translation<typeof english> = {
  title: 'Servicerapport',
  open: 'Servicerapport',
  description: 'Det {{company}} gjorde ved dette besøg: hvem der arbejdede hvornår, tjeklisten, fotos og noter til dig.',
  download: 'Hent PDF',
  loadFailed: 'Servicerapporten kunne ikke hentes',
  notFound: {
    title: 'Ingen servicerapport her',
    text: 'Der er en servicerapport, når et besøg er afsluttet, for de adresser du kan se i denne portal.',
  },
  whoWorked: 'Hvem arbejdede',
  clockedIn: 'Ind',
  clockedOut: 'Ud',
  notClockedOut: 'ikke stemplet ud',
  checklist: 'Tjekliste',
  noChecklist: 'Dette besøg havde ingen tjekliste.',
  done: 'Udført',
  notDone: 'Ikke udført',
  doneBy: 'af {{name}}, {{time}}',
  tasksDone: '{{done}} af {{count}} udført',
  photos: 'Fotos',
  before: 'Før',
  after: 'Efter',
  beforePhoto: 'Før-foto af {{name}}, {{time}}',
  afterPhoto: 'Efter-foto af {{name}}, {{time}}',
  openPhoto: 'Åbn fotoet',
  noPhotos: 'Der blev ikke taget fotos ved dette besøg.',
  notes: 'Noter fra holdet',
  noteBy: '{{name}}, {{time}}',
  pdf: {
    fileName: 'Servicerapport {{location}} {{date}}',
    clock: 'Tidspunkter efter uret på {{location}} ({{zone}}).',
  },
};

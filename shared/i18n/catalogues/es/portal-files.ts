import type { portalFiles as english } from '../en/portal-files.ts';
import type { Translation } from '../../translation.ts';

export const portalFiles: Translation<typeof english> = {
  title: 'Archivos',
  description: 'Archivos compartidos contigo en {{location}}.',
  loadFailed: 'No se pudieron cargar los archivos.',
  locationFiles: 'Archivos de esta ubicación',
  companyDocuments: 'Documentos y enlaces de {{company}}',
  empty: {
    title: 'Aún no hay archivos',
    description: '{{company}} todavía no ha compartido archivos para esta ubicación.',
  },
  kinds: { image: 'Imagen', document: 'Documento', video: 'Vídeo', link: 'Enlace' },
  download: 'Descargar {{file}}',
  open: 'Abrir {{title}}',
  opensElsewhere: 'abre otro sitio web',
};

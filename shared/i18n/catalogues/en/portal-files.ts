/** The portal's Files page: what the company shares at a location, and its documents and links for the customer. */
export const portalFiles = {
  title: 'Files',
  description: 'Files shared with you at {{location}}.',
  loadFailed: 'The files could not be loaded.',
  locationFiles: 'Files for this location',
  companyDocuments: 'Documents and links from {{company}}',
  empty: {
    title: 'No files yet',
    description: '{{company}} has not shared any files for this location.',
  },
  kinds: { image: 'Image', document: 'Document', video: 'Video', link: 'Link' },
  download: 'Download {{file}}',
  open: 'Open {{title}}',
  opensElsewhere: 'opens another website',
};

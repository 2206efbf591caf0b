/** The office's Portal settings page: how the customer portal looks and what customers may do there. */
export const portalSettings = {
  pageTitle: 'Portal settings',
  ownersOnlyTitle: 'Your role does not allow this',
  ownersOnlyDescription: 'Only owners and admins can change how the customer portal looks and works. Ask one of them if something needs changing.',
  loadFailed: 'The portal settings could not be loaded',
  saved: 'Customers see the changes the next time they open the portal.',
  save: 'Save portal settings',
  portal: {
    title: 'Portal',
    enabled: 'Customer portal',
    enabledHint: 'Company-wide switch. When it is off no customer can sign in, whatever each location is set to.',
    signInAt: 'Customers sign in at',
    copied: 'Copied',
    copyAddress: 'Copy address',
  },
  look: {
    title: 'Look',
    description: 'Your name, colour and logo in the portal and its emails.',
    displayName: 'Display name',
    brandColor: 'Brand colour',
    brandColorHint: 'Buttons and links in the portal; dark enough for white text is best.',
    pickColor: 'Pick the colour from the screen',
  },
  logo: {
    label: 'Logo',
    hint: 'PNG, JPEG or WebP, up to 2 MB. A wide logo on a transparent background looks best.',
    wrongType: 'Choose a PNG, JPEG or WebP image.',
    tooLarge: 'This image is {{size}} MB; the logo can be at most 2 MB.',
    uploadedTitle: 'Logo uploaded',
    uploaded: 'Customers see the new logo in the portal.',
    preview: 'Your logo, as customers see it',
    none: 'No logo yet',
    upload: 'Upload logo',
    remove: 'Remove logo',
    removedTitle: 'Logo removed',
    removed: 'The portal shows your company name without a logo.',
  },
  contact: {
    title: 'Contact',
    description: 'Shown in the portal’s Contact menu, so customers know how to reach you.',
    email: 'Contact email',
    phone: 'Contact phone',
  },
  social: {
    title: 'Social links',
    description: 'Icons at the foot of every portal page. Leave a field empty to hide its icon.',
    /** Each network's name and a sample address, keyed by the network's id in the contract. */
    networks: {
      website: { label: 'Website', placeholder: 'https://yourcompany.com' },
      facebook: { label: 'Facebook', placeholder: 'https://facebook.com/yourcompany' },
      instagram: { label: 'Instagram', placeholder: 'https://instagram.com/yourcompany' },
      linkedin: { label: 'LinkedIn', placeholder: 'https://linkedin.com/company/yourcompany' },
      x: { label: 'X', placeholder: 'https://x.com/yourcompany' },
      youtube: { label: 'YouTube', placeholder: 'https://youtube.com/@yourcompany' },
    },
  },
  options: {
    title: 'Requests and options',
    description: 'What customers can do in the portal.',
    /** Each switch's words, keyed by the setting's name in the contract. */
    switches: {
      requestsAllowed: { label: 'Customers may send requests', description: 'Report problems and ask questions from the portal.' },
      showOpenRequests: { label: 'Customers see open requests', description: 'Requests still being worked on, with their replies.' },
      showClosedRequests: { label: 'Customers see closed requests', description: 'Resolved requests stay visible for reference.' },
      allowPrepayments: { label: 'Allow prepayments', description: 'Customers may pay ahead; the amount is kept as credit.' },
      customersManageNotifications: {
        label: 'Customers may change their notification settings',
        description: 'Which contacts get reminders and updates, and how.',
      },
    },
    defaultAssignee: 'Default request assignee',
    defaultAssigneeHint: 'Who new requests go to.',
    locationManager: 'The location’s assigned manager',
    /** Beside a link to Settings → Scheduling. */
    schedulingElsewhere: 'Arrival windows, skipping visits and calendar links:',
    schedulingLink: 'Scheduling settings',
  },
};

import type { Translation } from '../../translation.ts';
import type { app as english } from '../en/app.ts';

export const app: Translation<typeof english> = {
  skipLink: 'Spring til hovedindholdet',
  nav: {
    toggle: 'Vis eller skjul navigationen',
    main: 'Hovedmenu',
    dashboard: 'Overblik',
    customers: 'Kunder',
    locations: 'Lokationer',
    schedule: 'Kalender',
    requests: 'Anmodninger',
    waitingList: 'Venteliste',
    supplies: 'Varer',
    feedback: 'Feedback',
    inspections: 'Kvalitetskontroller',
    settings: 'Indstillinger',
    newCount_one: '{{count}} ny',
    newCount_other: '{{count}} nye',
  },
  userMenu: {
    accountMenu: 'Kontomenu:',
    profile: 'Profil',
  },
  roles: {
    owner: 'Ejer',
    admin: 'Administrator',
    manager: 'Leder',
    supervisor: 'Supervisor',
    technician: 'Tekniker',
    no_access: 'Ingen adgang',
  },
  settings: {
    title: 'Indstillinger',
    description: 'Sådan fungerer Porter for din virksomhed og dine kunder.',
    sections: 'Afsnit i indstillingerne',
    company: 'Virksomhed',
    portal: 'Portal',
    services: 'Ydelser',
    requestCategories: 'Kategorier for anmodninger',
    staff: 'Medarbejdere',
    outbox: 'Udbakke',
    scheduling: 'Planlægning',
    upgrades: 'Tilvalg',
    reminders: 'Påmindelser',
    inspections: 'Kvalitetskontroller',
    field: 'Feltarbejde',
    payments: 'Betalinger',
  },
  errorFallback: {
    title: 'Noget gik galt',
    text: 'Der opstod et problem på siden. Det hjælper som regel at genindlæse; det, du har gemt, er i sikkerhed.',
    reload: 'Genindlæs siden',
  },
  notFound: {
    title: 'Siden blev ikke fundet',
    message: 'Adressen kan være skrevet forkert, eller siden er flyttet.',
    home: 'Gå til forsiden',
  },
  detail: {
    notFoundMessage: 'Den kan være fjernet, eller linket er ufuldstændigt.',
    notFound: {
      customer: 'Kunden blev ikke fundet',
      location: 'Lokationen blev ikke fundet',
      request: 'Anmodningen blev ikke fundet',
    },
    loadFailed: {
      customer: 'Kunden kunne ikke indlæses',
      location: 'Lokationen kunne ikke indlæses',
      request: 'Anmodningen kunne ikke indlæses',
    },
  },
  loadError: {
    title: 'Listen kunne ikke indlæses',
    tryAgain: 'Prøv igen.',
  },
  loading: 'Indlæser',
  pagination: {
    showing: 'Viser {{from}}–{{to}} af {{total}}',
    label: 'Sider',
    page: 'Side {{page}}',
  },
  password: {
    toggle: 'Vis eller skjul det, du har skrevet',
    minLength: 'Mindst {{min}} tegn',
  },
  files: {
    attachments: 'Vedhæftede filer',
    attach: 'Vedhæft filer',
    attached: 'Filer, der er vedhæftet',
    uploading: 'Uploader…',
    ready: 'Klar til at blive sendt',
    kept: 'Ingen forbindelse: gemmes på telefonen og sendes efter du har gemt',
    remove: 'Fjern {{name}}',
    tooMany: 'Vedhæft højst {{max}} filer',
  },
  errors: {
    server: 'Noget gik galt hos os. Prøv igen om lidt.',
  },
  timeZone: {
    noMatch: 'Ingen tidszone passer; prøv en by, som Copenhagen',
  },
};

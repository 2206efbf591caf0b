import type { Translation } from '../../translation.ts';
import type { portal as english } from '../en/portal.ts';

export const portal: Translation<typeof english> = {
  layout: {
    account: 'Din konto',
    contact: 'Kontakt',
    poweredBy: 'Kundeportal leveret af Porter',
    online: '{{company}} online',
  },
  social: {
    website: 'Hjemmeside',
    facebook: 'Facebook',
    instagram: 'Instagram',
    linkedin: 'LinkedIn',
    x: 'X',
    youtube: 'YouTube',
  },
  offline: {
    title: 'Du er offline',
    text: 'Telefonen har ingen forbindelse, så portalen kan ikke vise dine besøg, anmodninger, beskeder eller fakturaer og kan ikke sende noget.',
    next: 'Den åbner af sig selv, så snart du er online igen.',
    retry: 'Prøv igen',
  },
  notFound: {
    title: 'Portalen blev ikke fundet',
    message: 'Ingen virksomhed bruger denne portaladresse. Tjek linket, som dit rengøringsfirma har sendt dig.',
  },
  viewAs: {
    title: 'Du ser portalen som {{name}}, kun til læsning. Intet, du gør her, bliver gemt.',
    by: 'Vist af {{staff}}. Luk denne fane for at gå tilbage til kontoret.',
  },
  readOnly: 'Du ser denne portal kun til læsning, så du kan hverken sende eller bestille.',
  tabs: {
    label: 'Portalens sider',
    home: 'Hjem',
    requests: 'Anmodninger',
    supplies: 'Varer',
    feedback: 'Feedback',
    qualityChecks: 'Kvalitet',
    more: 'Mere',
  },
  back: {
    home: 'Tilbage til dine lokationer',
    requests: 'Alle anmodninger',
    billing: 'Tilbage til regninger',
  },
  features: {
    serviceRequests: { label: 'Serviceanmodninger', text: 'Bed om ekstra ydelser, gerne med fotos.' },
    elapsedTime: { label: 'Forløbet tid', text: 'Se, hvor længe hver af dine anmodninger har været åben.' },
    supplyRequests: { label: 'Vareordrer', text: 'Bestil varer som papirhåndklæder og sæbe.' },
    feedback: { label: 'Feedback', text: 'Fortæl os, hvordan vi klarer os, med en vurdering og en kommentar.' },
    qualityChecks: { label: 'Kvalitetskontrol', text: 'Se inspektionsrapporter med point, kommentarer og fotos.' },
    whosWorking: { label: 'Hvem er på arbejde', text: 'Se, hvem fra holdet der er på din lokation lige nu.' },
    fileStorage: { label: 'Filer', text: 'Åbn de filer, der er delt med dig: billeder, dokumenter og videoer.' },
  },
  unavailable: {
    title: 'Ikke tilgængelig',
    titleAt: 'Ikke tilgængelig på {{location}}',
    text: '“{{feature}}” er ikke slået til her. Vælg en anden lokation ovenfor, eller kontakt {{company}}, hvis du har brug for det.',
  },
  home: {
    pageTitle: 'Forside',
    welcome: 'Velkommen, {{name}}',
    intro: 'Her finder du alt om de steder, {{company}} tager sig af for dig.',
    noLocationsTitle: 'Ingen lokationer endnu',
    noLocationsText: 'Der er endnu ingen lokationer i portalen. Kontakt {{company}}.',
    atLocation: 'På {{location}}',
    features: 'Funktioner på denne lokation',
    comingSoon: 'Kommer snart',
    nothingSwitchedOn: 'Der er endnu ikke slået noget til for denne lokation.',
  },
  requests: {
    title: 'Serviceanmodninger',
    atLocation: 'På {{location}}',
    newRequest: 'Ny anmodning',
    request: 'Anmodning',
    loadFailed: 'Dine anmodninger kunne ikke indlæses',
    formLoadFailed: 'Formularen kunne ikke indlæses',
    sentTitle: 'Anmodning sendt',
    sentMessage: 'Vi har modtaget din anmodning {{reference}} og vender tilbage.',
  },
  supplies: {
    title: 'Varer',
    description: 'Bestil forbrugsvarer til {{location}}. Vi bekræfter på e-mail.',
    loadFailed: 'Bestillingsformularen kunne ikke indlæses',
  },
  feedback: {
    title: 'Feedback',
    description: 'Fortæl os, hvordan vi klarer os på {{location}}.',
  },
};

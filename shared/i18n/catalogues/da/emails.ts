import type { Translation } from '../../translation.ts';
import type { emails as english } from '../en/emails.ts';

export const emails: Translation<typeof english> = {
  greeting: 'Hej {{name}}',
  /** Under a message the office writes to a customer's contact. */
  contactMessage: {
    signature: '—\n{{name}}, {{company}}',
  },
  passwordReset: {
    subjectOffice: 'Vælg en ny adgangskode til Porter',
    subjectPortal: 'Vælg en ny adgangskode til {{company}}',
    askedOffice: 'Nogen har bedt om at nulstille adgangskoden til din Porter-kontorkonto hos {{company}}. Åbn dette link inden for en time for at vælge en ny adgangskode:',
    askedPortal: 'Nogen har bedt om at nulstille adgangskoden til kundeportalen hos {{company}}. Åbn dette link inden for en time for at vælge en ny adgangskode:',
    worksOnce: 'Linket virker én gang. Hvis du ikke har bedt om det, kan du se bort fra denne e-mail: din adgangskode forbliver den samme.',
  },
  passwordLink: {
    subject: 'Vælg en ny adgangskode til Porter',
    sent: '{{sender}} har sendt dig et link, så du kan vælge en ny adgangskode til din Porter-kontorkonto hos {{company}}. Åbn det inden for en time:',
    worksOnce: 'Linket virker én gang. Hvis du ikke vil ændre din adgangskode, kan du se bort fra denne e-mail.',
  },
  staffInvitation: {
    subject: 'Du er inviteret til {{company}} på Porter',
    added: '{{inviter}} har tilføjet dig til kontoret hos {{company}} på Porter som {{role}}.',
    choosePassword: 'Vælg din adgangskode her (linket virker én gang og gælder i 7 dage):',
    afterwards: 'Derefter logger du ind med {{email}} og din adgangskode. Hvis du ikke havde ventet denne e-mail, kan du se bort fra den.',
  },
  roles: {
    owner: 'ejer',
    admin: 'administrator',
    manager: 'leder',
    supervisor: 'supervisor',
    technician: 'tekniker',
    no_access: 'person uden adgang',
  },
  portalInvitation: {
    subject: 'Din kundeportal hos {{company}}',
    access: '{{company}} har givet dig adgang til sin kundeportal, hvor du kan se og styre rengøringen af dine lokationer.',
    choosePassword: 'Vælg din adgangskode her (linket virker én gang og gælder i 7 dage):',
    afterwards: 'Derefter logger du ind med {{email}} og din adgangskode.',
    afterwardsWithContact: 'Derefter logger du ind med {{email}} og din adgangskode. Har du spørgsmål? Kontakt {{company}} på {{contact}}.',
  },
  emailChange: {
    subject: 'Bekræft din nye e-mailadresse til {{company}}',
    useAddress: 'Åbn dette link inden for 24 timer for at bruge denne adresse, når du logger ind på kundeportalen hos {{company}}:',
    notYou: 'Hvis du ikke har bedt om det, kan du se bort fra denne e-mail: intet bliver ændret.',
  },
  request: {
    subject: '[{{reference}}] {{headline}}',
    about: '{{headline}} — din anmodning {{reference}} ({{subject}}) på {{location}}.',
    requestedAt: 'Oprettet den {{time}}.',
    seeIt: 'Se anmodningen: {{link}}',
    headlines: {
      new: 'Vi har modtaget din anmodning',
      in_progress: 'Vi arbejder på din anmodning',
      pending_confirmation: 'Bekræft venligst, at problemet er løst',
      resolved: 'Din anmodning er løst',
      closed: 'Din anmodning er lukket',
      replied: '{{company}} har svaret',
    },
    pleaseConfirm: 'Vi mener, at det er løst. Bekræft det venligst, eller fortæl os, hvis det ikke er.',
  },
  supplyOrder: {
    subject: 'Vareordre {{reference}}: {{status}}',
    nowStatus: 'Din vareordre {{reference}} til {{location}} har nu status: {{status}}.',
    orderedAt: 'Bestilt den {{time}}.',
    noteFrom: 'En besked fra {{company}}:',
    youOrdered: 'Du har bestilt:',
    line: '- {{quantity}} × {{product}} ({{unit}})',
    seeOrders: 'Se dine ordrer på portalen: {{link}}',
    statuses: {
      submitted: 'Indsendt',
      approved: 'Godkendt',
      delivered: 'Leveret',
      cancelled: 'Annulleret',
    },
  },
  staffNotices: {
    openIt: 'Åbn den: {{link}}',
    newRequest: {
      title: 'Ny anmodning {{reference}} fra {{customer}} på {{location}}: {{subject}}',
      body: '{{person}} ({{customer}}, {{location}}) har bedt om {{subject}}:',
    },
    customerReply: {
      title: '{{person}} har svaret på {{reference}} ({{location}})',
      body: '{{person}} ({{customer}}, {{location}}) har svaret på {{reference}} ({{subject}}):',
    },
    fixConfirmed: {
      title: '{{reference}}: kunden har bekræftet, at det er løst',
      body: '{{reference}}: kunden har bekræftet, at det er løst.',
      comment: 'Bekræftet: problemet er løst.',
    },
    notFixed: {
      title: '{{reference}}: kunden siger, at det ikke er løst',
      body: '{{reference}}: kunden siger, at det ikke er løst.',
      comment: 'Endnu ikke løst.',
    },
    assigned: {
      title: '{{assigner}} har tildelt dig {{reference}}: {{subject}} på {{location}}',
      body: '{{assigner}} har tildelt dig {{reference}} ({{subject}}) fra {{customer}} på {{location}}.',
    },
    supplyOrder: {
      title: 'Vareordre {{reference}} fra {{customer}} på {{location}}',
      body: '{{person}} har bestilt til {{location}} ({{customer}}):',
      note: 'Bemærkning: {{note}}',
    },
    chatMessage: {
      title: 'Ny chatbesked fra {{person}} ({{customer}}, {{location}})',
      body: '{{person}} ({{customer}}) skrev i chatten for {{location}}:',
      photo: '(et foto)',
    },
    visitSkipped: {
      title: '{{customer}} sprang et besøg over på {{location}}: {{service}}, {{when}}',
      body: '{{person}} ({{customer}}) sprang “{{service}}” på {{location}} {{when}} over i portalen. Besøget er markeret som sprunget over; serien er uændret.',
    },
    visitProblem: {
      title: '{{person}} meldte et problem på {{location}}: {{service}}, {{when}}',
      body: '{{person}} meldte et problem under “{{service}}” for {{customer}} på {{location}} ({{when}}):',
    },
    feedback: {
      title: 'Feedback fra {{customer}} på {{location}}: {{rating}}',
      body: '{{person}} fra {{customer}} har vurderet {{location}}: {{rating}} ({{score}} af {{max}}).',
    },
    ratings: {
      '1': 'Meget utilfreds',
      '2': 'Utilfreds',
      '3': 'Neutral',
      '4': 'Tilfreds',
      '5': 'Meget tilfreds',
    },
  },
  visitChange: {
    subjects: {
      moved: 'Dit besøg den {{date}} har fået et nyt tidspunkt',
      skipped: 'Dit besøg den {{date}} springes over',
      cancelled: 'Dit besøg den {{date}} er aflyst',
    },
    moved: 'Dit besøg ({{service}}) på {{location}}, planlagt til {{time}}, er flyttet til {{newTime}}.',
    skipped: 'Vi springer dit besøg ({{service}}) på {{location}} den {{time}} over: der kommer ingen den dag.',
    cancelled: 'Dit besøg ({{service}}) på {{location}} den {{time}} er aflyst.',
    reasonFrom: 'Begrundelsen fra {{company}}:',
    seePortal: 'Din kundeportal: {{link}}',
  },
  calendar: {
    name: '{{person}}: besøg for {{company}}',
    summary: '{{service}} – {{customer}}',
    team: 'Hold: {{team}}',
    notes: 'Noter til holdet:',
  },
  quote: {
    subject: 'Tilbud {{number}} fra {{company}}: {{title}}',
    sent: '{{company}} har sendt dig tilbud {{number}}, “{{title}}”, på {{total}}.',
    validUntil: 'Du kan acceptere det indtil {{validUntil}}. Læs betingelserne, og accepter eller afvis det i kundeportalen:',
    seeIt: '{{link}}',
  },
  invoice: {
    subject: 'Faktura {{number}} fra {{company}}',
    body: 'Faktura {{number}} på {{total}} forfalder {{dueDate}}.',
    link: 'Se og betal den i din kundeportal: {{link}}',
  },
};

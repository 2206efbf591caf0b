import type { Translation } from '../../translation.ts';
import type { profile as english } from '../en/profile.ts';

export const profile: Translation<typeof english> = {
  office: {
    title: 'Profil',
    description: 'Din konto hos Porter.',
    details: 'Dine oplysninger',
    detailsHint: 'En ejer eller administrator kan ændre dit navn, din e-mail og din rolle.',
    mobileTitle: 'Mobilnummer og teleselskab',
    mobileText: 'Så Porter kan sende dig sms’er om de lokationer, du er tilknyttet, når du vælger sms der.',
    mobileSaved: 'Dine mobiloplysninger er opdateret.',
    loadFailed: 'Din profil kunne ikke indlæses',
  },
  portal: {
    title: 'Din konto',
    signedInAs: 'Logget ind som {{name}} ({{email}})',
    readOnly: 'Du ser denne konto kun til læsning, så formularerne er slået fra.',
    details: 'Dine oplysninger',
    email: 'E-mailadresse',
  },
  photo: {
    title: 'Dit foto',
    text: 'Kunderne ser det ved dit fornavn under »Hvem arbejder«, mens du er stemplet ind hos dem.',
    preview: 'Dit foto',
    none: 'Intet foto endnu: kunderne ser dine initialer.',
    add: 'Tilføj foto',
    replace: 'Skift foto',
    remove: 'Fjern foto',
    removeTitle: 'Fjern dit foto?',
    removeText: 'Kunderne ser dine initialer i stedet. Du kan tilføje et foto igen når som helst.',
    saved: 'Dit foto er gemt.',
    removed: 'Dit foto er fjernet.',
    wrongType: 'Vælg et JPEG-, PNG- eller WebP-billede.',
    back: 'Mine besøg',
  },
  changePassword: {
    title: 'Skift adgangskode',
    submit: 'Skift adgangskode',
    doneTitle: 'Adgangskoden er ændret',
    doneMessage: 'Brug din nye adgangskode, næste gang du logger ind.',
  },
  account: {
    saved: 'Dine oplysninger er opdateret.',
    statusEmails: 'Send mig en e-mail, når en af mine anmodninger skifter status',
    statusEmailsHint: 'Svar fra os bliver altid sendt på e-mail.',
    save: 'Gem oplysninger',
  },
  emailChange: {
    intro: 'Du logger ind med <b>{{email}}</b>. Vi sender et link til den nye adresse; ændringen træder i kraft, når du åbner det.',
    pending: 'Venter på, at du bekræfter {{email}}',
    newEmail: 'Ny e-mail',
    submit: 'Send bekræftelseslink',
  },
  language: {
    title: 'Sprog',
    label: 'Sprog på dine sider og e-mails',
    automatic: 'Automatisk',
    hint: 'Automatisk følger din browsers sprog, ellers virksomhedens. Gemmes på din konto: det følger dig på alle dine enheder.',
  },
};

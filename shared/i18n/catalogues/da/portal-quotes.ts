import type { Translation } from '../../translation.ts';
import type { portalQuotes as en } from '../en/portal-quotes.ts';

export const portalQuotes: Translation<typeof en> = {
  title: 'Tilbud',
  numbered: 'Tilbud {{number}}',
  from: 'Fra {{company}}',
  statuses: { draft: 'Kladde', sent: 'Venter på dit svar', accepted: 'Accepteret', declined: 'Afvist', expired: 'Udløbet' },
  validUntil: 'Gælder til {{date}}',
  location: 'Adresse',
  lines: 'Det indeholder',
  lineColumns: { description: 'Beskrivelse', quantity: 'Antal', amount: 'Beløb' },
  totals: { subtotal: 'Subtotal', discount: 'Rabat', tax: 'Moms', total: 'I alt' },
  terms: 'Aftalebetingelser',
  accept: {
    title: 'Accepter',
    name: 'Dit fulde navn som underskrift',
    agree: 'Jeg accepterer disse betingelser',
    submit: 'Accepter tilbuddet',
    done: 'Du har accepteret dette tilbud',
    signed: 'Underskrevet “{{name}}” den {{when}}.',
  },
  decline: {
    open: 'Afvis',
    title: 'Afvis tilbuddet',
    reason: 'Hvorfor afviser du?',
    submit: 'Afvis tilbuddet',
    cancel: 'Lad det stå åbent',
    done: 'Du har afvist dette tilbud',
  },
  expired: 'Tilbuddets sidste gyldige dag er passeret. Kontakt {{company}} for et nyt.',
  notFound: 'Tilbuddet blev ikke fundet',
  notFoundMessage: 'Det er måske trukket tilbage, eller du er ikke faktureringskontakt for denne kunde.',
  loadFailed: 'Tilbuddet kunne ikke hentes',
  callToAction: {
    title: 'Accepter betingelserne for {{title}}',
    body: 'Gælder til {{date}}. Læs betingelserne, og accepter eller afvis.',
    open: 'Læs og svar',
  },
};

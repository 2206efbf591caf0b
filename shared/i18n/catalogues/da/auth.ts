import type { Translation } from '../../translation.ts';
import type { auth as english } from '../en/auth.ts';

export const auth: Translation<typeof english> = {
  signIn: {
    title: 'Log ind',
    staffSubtitle: 'For kontor- og feltmedarbejdere.',
    customersHint: 'Er du kunde? Brug linket til portalen, som dit rengøringsfirma har sendt dig.',
    forgotPassword: 'Glemt adgangskode?',
    portalSubtitle: 'Din kundeportal hos {{company}}.',
    accessRemoved: 'Din adgang er blevet fjernet',
    noAccount: 'Ingen konto endnu? {{company}} inviterer sine kunder til portalen: bed dem om en invitation.',
    portalUnavailable: 'Kundeportalen hos {{company}} er ikke tilgængelig lige nu.',
  },
  forgotPassword: {
    pageTitle: 'Glemt adgangskode',
    title: 'Har du glemt din adgangskode?',
    intro: 'Skriv den e-mailadresse, du logger ind med. Vi sender dig et link, så du kan vælge en ny adgangskode.',
    submit: 'Send link',
    sent: 'Tjek din indbakke',
    backToSignIn: 'Tilbage til log ind',
  },
  resetPassword: {
    title: 'Vælg en ny adgangskode',
    requestNewLink: 'Bed om et nyt link',
    submit: 'Gem ny adgangskode',
    done: 'Adgangskoden er ændret',
  },
  password: {
    current: 'Nuværende adgangskode',
    new: 'Ny adgangskode',
    confirm: 'Bekræft ny adgangskode',
    mismatch: 'De to adgangskoder er ikke ens',
  },
  missingToken: {
    title: 'Linket er ufuldstændigt',
    text: 'Åbn linket fra e-mailen igen, eller bed om et nyt.',
  },
  invitation: {
    staffTitle: 'Velkommen til Porter',
    staffSubtitle: 'Vælg en adgangskode til din kontorkonto. Du logger ind med den fremover.',
    portalPageTitle: 'Velkommen',
    portalTitle: 'Velkommen til {{company}}',
    portalSubtitle: 'Vælg en adgangskode til din kundeportal. Du logger ind med den fremover.',
    submit: 'Gem adgangskode og log ind',
  },
  confirmEmail: {
    title: 'Bekræft din e-mail',
    confirmed: 'E-mailadressen er bekræftet',
    confirming: 'Bekræfter din nye adresse…',
  },
};

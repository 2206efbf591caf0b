import type { Translation } from '../../translation.ts';
import type { qualityChecks as en } from '../en/quality-checks.ts';

export const qualityChecks: Translation<typeof en> = {
  rating: {
    notRated: 'Ikke bedømt',
    pass: 'Godkendt',
    fail: 'Ikke godkendt',
    ofFive: '{{rating}} af 5',
  },
  score: {
    none: 'Ingen score',
  },
  trend: {
    empty: 'Endnu ingen inspektioner med score.',
    one: 'Score på {{location}}: {{last}} den {{lastDate}}, den eneste inspektion med score indtil nu.',
    rising: 'Scoren på {{location}} stiger over de seneste {{number}} inspektioner, fra {{first}} den {{firstDate}} til {{last}} den {{lastDate}}.',
    falling: 'Scoren på {{location}} falder over de seneste {{number}} inspektioner, fra {{first}} den {{firstDate}} til {{last}} den {{lastDate}}.',
    steady: 'Scoren på {{location}} er stabil over de seneste {{number}} inspektioner: {{first}} den {{firstDate}}, {{last}} den {{lastDate}}.',
    point: '{{date}}: {{score}}',
    caption: 'Inspektionsscorer på {{location}}, ældste først',
    date: 'Inspiceret',
    score: 'Score',
  },
  detail: {
    areas: 'Inspicerede områder',
  },
  list: {
    by: 'Af {{name}}',
    byCustomer: 'Af {{name}} (jeres team)',
    rated_one: '{{rated}} af {{total}} område bedømt',
    rated_other: '{{rated}} af {{total}} områder bedømt',
  },
  form: {
    rating: 'Bedømmelse',
    comment: 'Kommentar',
    addPhotos: 'Tilføj billeder af {{area}}',
    visit: 'Inspiceret besøg',
    note: 'Kommentar til inspektionen som helhed',
    noScoreYet: 'Bedøm et område for at se scoren.',
    scoreSoFar: 'Score indtil nu: {{score}}',
    save: 'Gem inspektion',
  },
  saved: {
    title: 'Inspektionen er gemt',
    text: 'Inspektionen af {{location}} er gemt. Dens score:',
    another: 'Inspicér en anden lokation',
  },
  waiting: {
    title: 'Gemt på denne telefon',
    text: 'Kvalitetskontrollen af {{location}} sendes af sig selv, når forbindelsen vender tilbage. Scoren vises, når den er nået frem.',
  },
  // Det, der er gemt på telefonen uden forbindelse, som listen over det ventende nævner det.
  queue: {
    inspection: 'Kvalitetskontrol af {{location}}',
    photo: 'Foto af {{area}} til kvalitetskontrollen af {{location}}',
  },
  inspect: {
    back: 'Dagens besøg',
    title: 'Inspicér en lokation',
    fromField: 'Inspicér en lokation',
    description: 'Bedøm hvert område i lokationens rengøringsplan; områder uden bedømmelse tæller ikke med i scoren.',
    location: 'Lokation',
    loadFailed: 'Inspektionsformularen kunne ikke indlæses',
    noAreas: 'Intet at inspicere endnu',
    noAreasText: '{{location}} har ingen områder i sin rengøringsplan. Kontoret tilføjer dem på lokationens side.',
  },
  portal: {
    title: 'Kvalitetskontroller',
    description: 'Inspektionsrapporter for {{location}}: scoren, hvert områdes bedømmelse, kommentarer og billeder.',
    trend: 'Scoreudvikling',
    list: 'Inspektioner',
    loadFailed: 'Kvalitetskontrollerne kunne ikke indlæses',
    empty: 'Endnu ingen inspektioner',
    emptyText: 'Inspektionsrapporter vises her, så snart de er lavet.',
    inspectText: 'Du kan selv inspicere et afsluttet besøg: bedøm hvert område, og tilføj kommentarer og billeder.',
    inspect: 'Inspicér et besøg',
  },
};

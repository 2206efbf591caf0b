import type { Translation } from '../../translation.ts';
import type { feedback as english } from '../en/feedback.ts';

export const feedback: Translation<typeof english> = {
  ratings: {
    extremelyDissatisfied: 'Meget utilfreds',
    dissatisfied: 'Utilfreds',
    neutral: 'Neutral',
    satisfied: 'Tilfreds',
    extremelySatisfied: 'Meget tilfreds',
  },
  page: {
    title: 'Feedback',
    description: 'Hvordan kunderne bedømmer arbejdet på deres lokationer.',
    maxRating: 'Kun bedømmelser på eller under',
    anyRating: 'Alle bedømmelser',
    given: 'Givet',
    anyTime: 'Når som helst',
    withinDays_one: 'Inden for det seneste døgn',
    withinDays_other: 'Inden for de seneste {{count}} dage',
  },
  list: {
    columns: {
      date: 'Dato',
      rating: 'Bedømmelse',
    },
    noMatch: {
      title: 'Ingen feedback passer',
      description: 'Prøv andre filtre, eller ryd dem for at se al feedback.',
    },
    empty: {
      title: 'Ingen feedback endnu',
      description: 'Bedømmelser og noter, som kunderne giver i portalen, vises her.',
    },
  },
  trend: {
    title: 'Gennemsnitlig bedømmelse, seneste 12 måneder',
    loadFailed: 'Udviklingen kunne ikke indlæses',
    overall: 'Samlet {{average}}',
    scale: '1 = {{lowest}}, 5 = {{highest}}',
  },
  chart: {
    noRatings_one: 'Ingen bedømmelser den seneste måned.',
    noRatings_other: 'Ingen bedømmelser de seneste {{number}} måneder.',
    overall: 'Samlet {{average}} ({{label}}).',
    onlyOneMonth: 'Gennemsnitlig bedømmelse pr. måned: kun {{month}} har bedømmelser, med et gennemsnit på {{average}}. {{overall}}',
    rising: 'Gennemsnitlig bedømmelse pr. måned, stigende: {{first}} i {{firstMonth}} og {{last}} i {{lastMonth}}. {{overall}}',
    falling: 'Gennemsnitlig bedømmelse pr. måned, faldende: {{first}} i {{firstMonth}} og {{last}} i {{lastMonth}}. {{overall}}',
    steady: 'Gennemsnitlig bedømmelse pr. måned, stabil: {{first}} i {{firstMonth}} og {{last}} i {{lastMonth}}. {{overall}}',
    point_one: '{{month}}: {{average}} fra {{number}} bedømmelse',
    point_other: '{{month}}: {{average}} fra {{number}} bedømmelser',
    caption: 'Gennemsnitlig bedømmelse pr. måned, fra 1 ({{lowest}}) til 5 ({{highest}})',
    month: 'Måned',
    average: 'Gennemsnit',
    ratings: 'Bedømmelser',
    noRatingsCell: 'Ingen bedømmelser',
  },
  form: {
    question: 'Hvordan klarer vi os?',
    ratingFor: 'Din bedømmelse af {{location}}.',
    noteHint: 'Valgfri: hvad gik godt, eller hvad kan vi gøre bedre?',
    send: 'Send feedback',
    thanksTitle: 'Tak for din feedback',
    thanks: 'Vi læser alle noter. De hjælper os med at gøre det bedre på {{location}}.',
    more: 'Giv mere feedback',
  },
  lastJob: {
    title: 'Bedøm dit seneste besøg',
    question: 'Hvordan var {{service}} den {{date}}?',
    rate: 'Bedøm besøget',
  },
  rateVisit: {
    title: 'Bedøm dit besøg',
    description: 'Fortæl {{company}}, hvordan besøget gik.',
    when: 'Besøg den {{date}}',
    toDashboard: 'Tilbage til Hjem',
    rated: {
      title: 'Du har bedømt dette besøg',
      text: 'Bedømt den {{date}}. Tak, fordi du fortalte os, hvordan vi klarede det.',
    },
    notDone: {
      title: 'Dette besøg er ikke afsluttet endnu',
      text: 'Du kan bedømme det, når holdet har gennemført det.',
    },
    expired: {
      title: 'Dette besøg kan ikke længere bedømmes',
      text: 'Det sluttede for mere end {{days}} dage siden.',
    },
    notFound: {
      title: 'Besøget blev ikke fundet',
      message: 'Dette link fører ikke til et besøg, du kan bedømme. Det kan høre til en anden lokation eller en anden konto.',
    },
    loadFailed: 'Besøget kunne ikke indlæses',
  },
  history: {
    title: 'Tidligere feedback',
    loadFailed: 'Tidligere feedback kunne ikke indlæses',
    empty: 'Ingen feedback endnu.',
    dateBy: '{{date}} · {{name}}',
  },
};

import type { Translation } from '../../translation.ts';
import type { visits as english } from '../en/visits.ts';

export const visits: Translation<typeof english> = {
  frequency: {
    once: 'Én gang',
    weekly_one: 'Hver uge {{days}}',
    weekly_other: 'Hver {{count}}. uge {{days}}',
    monthlyByDate_one: 'Hver måned den {{day}}.',
    monthlyByDate_other: 'Hver {{count}}. måned den {{day}}.',
    monthlyByWeekday_one: 'Hver måned den {{nth}} {{weekday}}',
    monthlyByWeekday_other: 'Hver {{count}}. måned den {{nth}} {{weekday}}',
    nth: { first: 'første', second: 'anden', third: 'tredje', fourth: 'fjerde', last: 'sidste' },
    custom: 'En plan lavet uden for Porter',
  },
  status: {
    scheduled: 'Planlagt',
    in_progress: 'I gang',
    completed: 'Udført',
    skipped: 'Sprunget over',
    cancelled: 'Aflyst',
  },
  serviceStatus: {
    waiting: 'Venter',
    scheduled: 'Planlagt',
  },
  price: {
    base: 'Grundpris',
    total: 'I alt',
    pending: 'afventer',
    withPercent: '{{name}} ({{percent}})',
    pendingNote: 'Ekstraydelser, der afventer, lægges til, når de er godkendt.',
    title: 'Prisoversigt',
  },
  duration: '{{duration}} på stedet',
};

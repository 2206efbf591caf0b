import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18nOptions } from '../../../shared/i18n/i18n-options.ts';
import { frequencyWords, weekdayName } from './frequency-words.ts';

describe('a frequency in words', () => {
  const i18n = createInstance();
  beforeAll(() => i18n.init(i18nOptions('en')));
  const words = (language: string, frequency: Parameters<typeof frequencyWords>[1]) => frequencyWords(i18n.getFixedT(language, 'visits'), frequency, language);

  it('names days and intervals in the reader’s language', () => {
    expect(words('en', { kind: 'weekly', interval: 1, days: ['MO', 'TH'] })).toBe('Every week on Monday and Thursday');
    expect(words('en', { kind: 'weekly', interval: 2, days: ['FR'] })).toBe('Every 2 weeks on Friday');
    expect(words('es', { kind: 'monthlyByWeekday', interval: 1, nth: -1, weekday: 'FR' })).toBe('Cada mes el último viernes');
    expect(words('da', { kind: 'monthlyByDate', interval: 1, day: 15 })).toBe('Hver måned den 15.');
    expect(words('en', null)).toBe('A schedule set up outside Porter');
  });

  it('starts the week on Monday whatever the language', () => {
    expect(weekdayName('MO', 'da')).toBe('mandag');
    expect(weekdayName('SU', 'en')).toBe('Sunday');
  });
});

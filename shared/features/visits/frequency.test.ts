import { describe, expect, it } from 'vitest';
import { fromRrule, toRrule, type Frequency } from './frequency.ts';

describe('a frequency as an RRULE and back', () => {
  const frequencies: Frequency[] = [
    { kind: 'once' },
    { kind: 'weekly', interval: 1, days: ['MO', 'TH'] },
    { kind: 'weekly', interval: 2, days: ['FR'] },
    { kind: 'monthlyByDate', interval: 1, day: 31 },
    { kind: 'monthlyByWeekday', interval: 3, nth: -1, weekday: 'FR' },
    { kind: 'monthlyByWeekday', interval: 1, nth: 2, weekday: 'TU' },
  ];

  it.each(frequencies)('reads back $kind as it was written', (frequency) => {
    expect(fromRrule(toRrule(frequency))).toEqual(frequency);
  });

  it('answers null for a rule it did not write', () => {
    expect(fromRrule('FREQ=DAILY;INTERVAL=1')).toBeNull();
    expect(fromRrule('FREQ=MONTHLY;BYDAY=5MO')).toBeNull();
  });
});

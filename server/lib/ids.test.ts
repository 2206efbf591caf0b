import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('ids', () => {
  it('are version 7 and sort in the order they were made, within one millisecond too', () => {
    const sameMillisecond = Array.from({ length: 2_000 }, () => newId(1_780_000_000_000));
    expect(sameMillisecond.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect([...sameMillisecond].sort()).toEqual(sameMillisecond);
    expect(new Set(sameMillisecond).size).toBe(2_000);
    const later = newId(1_780_000_000_001);
    expect(later > sameMillisecond.at(-1)!).toBe(true);
  });
});

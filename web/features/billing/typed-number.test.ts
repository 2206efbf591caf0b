import { describe, expect, it } from 'vitest';
import { typedNumber } from './typed-number.ts';

describe('typedNumber', () => {
  it('reads the numbers and the strings a fixed-decimal field answers, and nothing else', () => {
    expect(typedNumber(12.5)).toBe(12.5);
    expect(typedNumber('50.00')).toBe(50);
    expect(typedNumber('5.10')).toBe(5.1);
    expect(typedNumber('')).toBeNull();
    expect(typedNumber('  ')).toBeNull();
    expect(typedNumber('5.')).toBe(5);
    expect(typedNumber('abc')).toBeNull();
    expect(typedNumber(Number.NaN)).toBeNull();
  });
});

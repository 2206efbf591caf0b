import { describe, expect, it } from 'vitest';
import { contrastRatio, monogramInitials, monogramTextColor } from './monogram.ts';

describe('monogramInitials', () => {
  it.each([
    ['Sparkle Facility Services', 'SF'],
    ['Acme', 'A'],
    ['  northwind   janitorial ', 'NJ'],
    ['Bright & Clean', 'BC'],
    ['Hansen-Rengøring ApS', 'HR'],
    ['Øresund Rengøring', 'ØR'],
    ['3M Cleaning', '3C'],
    ['', ''],
  ])('%j → %j', (name, initials) => {
    expect(monogramInitials(name)).toBe(initials);
  });
});

describe('monogramTextColor', () => {
  it.each([
    ['#0b7a87', '#ffffff'],
    ['#000000', '#ffffff'],
    ['#1c3faa', '#ffffff'],
    ['#ffffff', '#000000'],
    ['#ffd43b', '#000000'],
    ['#40c057', '#000000'],
    ['not a colour', '#ffffff'],
  ])('on %s the text is %s', (background, text) => {
    expect(monogramTextColor(background)).toBe(text);
  });

  it('keeps 4.5:1 or more on every colour of a sweep through the RGB cube', () => {
    const steps = [0, 0x33, 0x66, 0x77, 0x88, 0x99, 0xcc, 0xff];
    const hex = (n: number) => n.toString(16).padStart(2, '0');
    let worst = Infinity;
    for (const r of steps) for (const g of steps) for (const b of steps) {
      const background = `#${hex(r)}${hex(g)}${hex(b)}`;
      worst = Math.min(worst, contrastRatio(monogramTextColor(background), background));
    }
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });
});

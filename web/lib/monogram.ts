import { luminance, parseHex } from './accent-palette.ts';

/**
 * The initials a company without a logo is shown by: the first letter of its first two words ("Sparkle Facility
 * Services" → "SF", "Acme" → "A"). Words that start with neither a letter nor a digit ("&", "-") are skipped.
 */
export function monogramInitials(name: string): string {
  const words = name.split(/[\s\-–—/]+/u).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => Array.from(word)[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

const lightText = '#ffffff';
/** Pure black: against any colour, white or black reaches 4.5:1 (the worst case, a mid grey, gives 4.58:1); a softer dark would not. */
const darkText = '#000000';

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** White or black, whichever stands out more on the brand colour; white when the colour is not #RRGGBB. */
export function monogramTextColor(background: string): typeof lightText | typeof darkText {
  const rgb = parseHex(background);
  if (!rgb) return lightText;
  const shade = luminance(rgb);
  return contrast(shade, 1) >= contrast(shade, 0) ? lightText : darkText;
}

/** The WCAG contrast ratio of two #RRGGBB colours. */
export function contrastRatio(foreground: string, background: string): number {
  const [a, b] = [parseHex(foreground), parseHex(background)];
  if (!a || !b) return 1;
  return contrast(luminance(a), luminance(b));
}

/**
 * Ten shades around a company's brand colour, as Mantine's CSS variables for the theme's primary colour, so a
 * customer portal can wear the company's colour. Shade 6 fills buttons and colours links: it is the brand colour
 * darkened as far as needed for white text on it to keep a 4.5:1 contrast, whatever colour was chosen.
 */

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  return [parseInt(match[1] ?? '0', 16), parseInt(match[2] ?? '0', 16), parseInt(match[3] ?? '0', 16)];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((index) => (from[index] ?? 0) + ((to[index] ?? 0) - (from[index] ?? 0)) * amount) as Rgb;
}

export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastWithWhite(rgb: Rgb): number {
  return 1.05 / (luminance(rgb) + 0.05);
}

const white: Rgb = [255, 255, 255];
const black: Rgb = [0, 0, 0];

function darkenUntilReadable(rgb: Rgb, ratio: number): Rgb {
  let shade = rgb;
  for (let step = 0; step < 40 && contrastWithWhite(shade) < ratio; step += 1) shade = mix(shade, black, 0.05);
  return shade;
}

/** CSS custom properties to set on the document root, or an empty object when the colour is not #RRGGBB. */
export function accentVariables(brandColor: string): Record<string, string> {
  const brand = parseHex(brandColor);
  if (!brand) return {};
  const base = darkenUntilReadable(brand, 4.6);
  const shades: Rgb[] = [
    mix(base, white, 0.92),
    mix(base, white, 0.84),
    mix(base, white, 0.68),
    mix(base, white, 0.5),
    mix(base, white, 0.3),
    mix(base, white, 0.14),
    base,
    darkenUntilReadable(mix(base, black, 0.15), 6),
    mix(base, black, 0.3),
    mix(base, black, 0.45),
  ];
  const variables: Record<string, string> = { '--porter-brand-color': toHex(brand) };
  shades.forEach((shade, index) => {
    variables[`--mantine-color-porter-${String(index)}`] = toHex(shade);
  });
  return variables;
}

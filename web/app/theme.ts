import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A fresh teal-blue; shade 6 (used for filled buttons and links) keeps 5:1 contrast with white. */
const porter: MantineColorsTuple = [
  '#e6f8f9',
  '#ccedf0',
  '#9bdbe1',
  '#66c7d0',
  '#3bb5c1',
  '#168f9d',
  '#0b7a87',
  '#096a76',
  '#075863',
  '#04434c',
];

const fontStack =
  'Inter, "Inter var", ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'porter',
  primaryShade: { light: 6, dark: 5 },
  colors: { porter },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  autoContrast: true,
  components: {
    Paper: { defaultProps: { radius: 'lg' } },
    Card: { defaultProps: { radius: 'lg' } },
    Badge: { defaultProps: { radius: 'sm' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
  },
});

/**
 * Mantine's default "dimmed" grey and the text of its light badges and alerts (shade 6 on a 10% tint) fall
 * below WCAG AA, and so does its error red; darker shades keep them all at 4.5:1 or more.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#7b838a',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-porter-light-color': 'var(--mantine-color-porter-7)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
    '--mantine-color-blue-light-color': 'var(--mantine-color-blue-9)',
    '--mantine-color-grape-light-color': 'var(--mantine-color-grape-8)',
    '--mantine-color-teal-light-color': 'var(--mantine-color-teal-9)',
    '--mantine-color-yellow-light-color': '#805300',
  },
  dark: {},
});

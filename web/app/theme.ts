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

/** Porter's theme; `closeLabel` names the icon-only close buttons in the page's language. */
export const createPorterTheme = (closeLabel: string) => createTheme({
  primaryColor: 'porter',
  // Shade 6 in dark mode too: it is the one kept at 4.5:1 or more with white, for Porter's colour and every brand's.
  primaryShade: { light: 6, dark: 6 },
  colors: { porter },
  fontFamily: fontStack,
  headings: { fontFamily: fontStack, fontWeight: '700' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  autoContrast: true,
  // A device set to reduce motion gets dialogs, menus and drawers that appear in place, without their slide (WCAG 2.3.3).
  respectReducedMotion: true,
  components: {
    Paper: { defaultProps: { radius: 'lg' } },
    Card: { defaultProps: { radius: 'lg' } },
    // A state reads as a word ("Held"), not a shouted code ("HELD").
    Badge: { defaultProps: { radius: 'sm' }, styles: { root: { textTransform: 'none' } } },
    // Links are told apart from the text around them by more than colour.
    Anchor: { defaultProps: { underline: 'always' } },
    // Mantine's close buttons are icons alone; each gets a name a screen reader can say.
    // Mantine's focus placeholder is a focusable non-item inside role="menu", which assistive tech
    // cannot place; without it focus lands on the first item, as the ARIA menu pattern has it.
    Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    Alert: { defaultProps: { closeButtonLabel: closeLabel } },
    Drawer: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
    Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } }, styles: { description: { color: 'var(--mantine-color-dimmed)' } } },
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
    '--mantine-color-porter-light-color': 'var(--mantine-color-porter-8)',
    // Text of light badges and alerts: each at 5.3:1 or more on its own tint (and on white).
    '--mantine-color-red-light-color': '#a51d1d',
    '--mantine-color-blue-light-color': '#1254a0',
    '--mantine-color-grape-light-color': '#7d2a93',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-yellow-light-color': '#7a4f00',
    '--mantine-color-orange-light-color': '#9a3c06',
    '--mantine-color-green-light-color': '#1e6a2f',
    '--mantine-color-lime-light-color': '#4c6b0f',
    '--mantine-color-gray-light-color': '#495057',
    '--mantine-color-cyan-light-color': '#0a5f72',
    '--mantine-color-violet-light-color': '#5a32b8',
    '--mantine-color-pink-light-color': '#9c1f4f',
    '--mantine-color-indigo-light-color': '#364fc7',
    // Filled badges and buttons that carry white text: shades at 5:1 or more with white.
    '--mantine-color-blue-filled': 'var(--mantine-color-blue-8)',
    '--mantine-color-blue-filled-hover': 'var(--mantine-color-blue-9)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': '#a51d1d',
    '--mantine-color-grape-filled': 'var(--mantine-color-grape-8)',
    '--mantine-color-grape-filled-hover': 'var(--mantine-color-grape-9)',
    '--mantine-color-gray-filled': 'var(--mantine-color-gray-7)',
    '--mantine-color-gray-filled-hover': 'var(--mantine-color-gray-8)',
    // Outline buttons take their text from this; teal's shade 6 is 2.6:1 on white (and 2.2:1 on a teal alert).
    '--mantine-color-teal-outline': '#066649',
  },
  // Mantine's dark "dimmed" (3.5:1 on a dark card) is lifted to 5:1 or more, even on a hovered row.
  dark: {
    '--mantine-color-dimmed': '#b0b0b0',
    // Mantine's dark error red is 3.4:1 on the dark surface; a lighter red keeps error text at 6:1 or more.
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    // Mantine's dark tint of the primary colour is near black, so tinted icons and active items hardly show; a
    // quarter of shade 6 (Porter's or the company's brand colour) over the dark surface reads as that colour.
    '--mantine-color-porter-light': 'color-mix(in srgb, var(--mantine-color-porter-6) 25%, transparent)',
    '--mantine-color-porter-light-hover': 'color-mix(in srgb, var(--mantine-color-porter-6) 35%, transparent)',
  },
});

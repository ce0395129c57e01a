// One theme: a calm teal, with text colours that keep WCAG AA contrast on white (Mantine's default "dimmed"
// grey is 3.3:1, under the 4.5:1 body text needs).
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
});

export const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    // Light teal (active nav links, light alerts and badges): teal 9 text reaches 4.3:1 on teal 1, 4.7:1 on teal 0.
    '--mantine-color-teal-light': 'var(--mantine-color-teal-0)',
    // Error text under inputs: Mantine's red 6 is 3.3:1 on white; red 9 is 5.1:1.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

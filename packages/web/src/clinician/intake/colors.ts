// Colours with AA contrast for small text: Mantine's orange 9 on white (or white on it) is 4.3:1, under 4.5:1.
export const WARN = '#b03e08';

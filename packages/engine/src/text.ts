// Small text helpers for the sentences the engine writes.

/** The first letter in capitals: "moderate load on the knee" → "Moderate load on the knee". */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

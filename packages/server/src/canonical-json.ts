// JSON with object keys in sorted order, so two values with the same content give the same text whatever their key
// order (stored rows and engine-made objects, or requests from different senders).
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

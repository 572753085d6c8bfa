/** Plain data (rows, changes) compared by value, whatever order their fields were set in. */
export function sameData(a: unknown, b: unknown): boolean {
  // Rows copied from one another keep their field order: plain JSON decides almost always,
  // the sorted form (slower) only settles the rest.
  if (a === b) return true;
  const plain = JSON.stringify(a);
  const other = JSON.stringify(b);
  return plain === other || (plain?.length === other?.length && stableJson(a) === stableJson(b));
}

function stableJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)))
      : v,
  );
}

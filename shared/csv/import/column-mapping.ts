/** One target field of an import: its key and the column names people use for it. */
export interface ImportField<Key extends string = string> {
  key: Key;
  required: boolean;
  /** Column names in German and English, as spreadsheets label them. */
  names: readonly string[];
}

/** Field key → column index in the file (null: not in the file). */
export type ColumnMapping<Key extends string = string> = Record<Key, number | null>;

/** "Betreuer*in", "PLZ.", "Kunden-Nr" → "betreuerin", "plz", "kundennr": compared loosely. */
export function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Matches columns to fields by name: an exact (normalised) name first, then a column that
 * starts with one of the names ("Potenzial EUR"). Each column serves at most one field.
 */
export function autoMap<Key extends string>(
  header: readonly string[],
  fields: ReadonlyArray<ImportField<Key>>,
): ColumnMapping<Key> {
  const columns = header.map(normalizeHeader);
  const taken = new Set<number>();
  const mapping = Object.fromEntries(fields.map((f) => [f.key, null])) as ColumnMapping<Key>;
  const pass = (matches: (column: string, name: string) => boolean) => {
    for (const field of fields) {
      if (mapping[field.key] !== null) continue;
      const names = field.names.map(normalizeHeader);
      const at = columns.findIndex(
        (column, i) => !taken.has(i) && column !== '' && names.some((n) => matches(column, n)),
      );
      if (at >= 0) {
        mapping[field.key] = at;
        taken.add(at);
      }
    }
  };
  pass((column, name) => column === name);
  pass((column, name) => name.length >= 3 && column.startsWith(name));
  return mapping;
}

/** Applies a remembered mapping to a file: by column name, so reordered columns still match. */
export function restoreMapping<Key extends string>(
  header: readonly string[],
  fields: ReadonlyArray<ImportField<Key>>,
  remembered: Partial<Record<Key, string>>,
): ColumnMapping<Key> {
  const mapping = autoMap(header, fields);
  const columns = header.map(normalizeHeader);
  for (const field of fields) {
    const name = remembered[field.key];
    if (name === undefined) continue;
    const at = columns.indexOf(normalizeHeader(name));
    if (at >= 0) mapping[field.key] = at;
  }
  return mapping;
}

/** The mapping as column names, to remember for the next import of the same kind. */
export function mappingNames<Key extends string>(
  header: readonly string[],
  mapping: ColumnMapping<Key>,
): Partial<Record<Key, string>> {
  const names: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(mapping) as Key[]) {
    const at = mapping[key];
    if (at !== null && header[at] !== undefined) names[key] = header[at];
  }
  return names;
}

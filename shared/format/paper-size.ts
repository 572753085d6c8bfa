/**
 * Countries where Letter is the paper in the printer (the Americas that never moved to ISO 216);
 * everywhere else prints on A4.
 */
const LETTER_COUNTRIES = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'PR',
  'GT',
  'CR',
  'PA',
  'DO',
  'SV',
  'HN',
  'NI',
  'BO',
]);

export type PaperSize = 'A4' | 'Letter';

/** The paper for a country code ("DE") or a locale with a region ("en-US"); A4 when unknown. */
export function paperSizeFor(localeOrCountry: string): PaperSize {
  const parts = localeOrCountry.replace('_', '-').split('-');
  const country = (parts.length > 1 ? parts.at(-1)! : parts[0]!).toUpperCase();
  return LETTER_COUNTRIES.has(country) ? 'Letter' : 'A4';
}

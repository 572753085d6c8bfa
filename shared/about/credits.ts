/**
 * What the app ships that others made: data with its attribution, libraries with their licence.
 * The About screen lists it; docs/licences.md says the same at more length (a test keeps the
 * two in step).
 */
export interface DataCredit {
  name: string;
  /** The attribution the licence asks for, word for word as the source gives it. */
  attribution: string;
  licence: string;
}

export const DATA_CREDITS: readonly DataCredit[] = [
  {
    name: 'plz_geocoord',
    attribution:
      'German postal-code centres: dataset "plz_geocoord" by Markus Konrad, Wissenschaftszentrum Berlin für Sozialforschung (WZB), January 2019; postal codes from the Gemeindeverzeichnis of the Statistisches Bundesamt. The postal areas on the map are derived from it (Voronoi cells, approximate).',
    licence: 'Apache-2.0',
  },
  {
    name: 'Natural Earth',
    attribution: "Germany's outline: Natural Earth 1:50m, through world-atlas 2.0.",
    licence: 'public domain',
  },
];

export interface LibraryCredit {
  name: string;
  licence: string;
}

/** The libraries bundled into the app (main, preload, renderer), as docs/licences.md lists them. */
export const LIBRARY_CREDITS: readonly LibraryCredit[] = [
  { name: 'React', licence: 'MIT' },
  { name: 'zustand', licence: 'MIT' },
  { name: 'Dexie', licence: 'Apache-2.0' },
  { name: 'Recharts', licence: 'MIT' },
  { name: '@tanstack/react-virtual', licence: 'MIT' },
  { name: 'lucide-react', licence: 'ISC' },
  { name: 'intl-messageformat', licence: 'BSD-3-Clause' },
  { name: 'papaparse', licence: 'MIT' },
  { name: 'd3-delaunay', licence: 'ISC' },
  { name: 'topojson-client', licence: 'ISC' },
  { name: 'read-excel-file', licence: 'MIT' },
  { name: 'HiGHS', licence: 'MIT' },
  { name: 'zod', licence: 'MIT' },
  { name: 'exceljs', licence: 'MIT' },
  { name: 'Electron', licence: 'MIT' },
];

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_CREDITS, LIBRARY_CREDITS } from '@shared/about/credits';

const licences = readFileSync('docs/licences.md', 'utf8');
const geoReadme = readFileSync('assets/geo/README.md', 'utf8').replace(/\s+/g, ' ');

describe('the About screen’s credits', () => {
  it('gives the postal-code data the attribution its licence asks for', () => {
    const [postal] = DATA_CREDITS;
    for (const part of [
      'dataset "plz_geocoord" by Markus Konrad',
      'Wissenschaftszentrum Berlin für Sozialforschung (WZB)',
      'Gemeindeverzeichnis of the Statistisches Bundesamt',
    ]) {
      expect(postal!.attribution).toContain(part);
      expect(geoReadme).toContain(part);
    }
    expect(postal!.licence).toBe('Apache-2.0');
  });

  it('names every library docs/licences.md lists as bundled, and no other', () => {
    const bundled = licences.slice(
      licences.indexOf('## Libraries bundled into the app'),
      licences.indexOf('`npm run map:data` also uses'),
    );
    for (const credit of LIBRARY_CREDITS) expect(bundled).toContain(credit.name);
    const rows = bundled
      .split('\n')
      .filter((line) => /^\| [A-Za-z@]/.test(line) && !line.startsWith('| library'));
    for (const row of rows)
      expect(LIBRARY_CREDITS.some((credit) => row.startsWith(`| ${credit.name}`))).toBe(true);
  });
});

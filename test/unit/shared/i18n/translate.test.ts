import { describe, expect, it } from 'vitest';
import { de } from '../../../../shared/i18n/messages.de';
import { en } from '../../../../shared/i18n/messages.en';
import { createTranslator, languageOf } from '../../../../shared/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('German has every English key, none empty, with the same placeholders', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(de[key].trim(), key).not.toBe('');
      expect(placeholders(de[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('uses the seed’s German terms', () => {
    expect(de['team.level.junior']).toBe('Junior Sales Manager*in');
    expect(de['team.level.senior']).toBe('Senior Sales Manager*in');
    expect(de['nav.accounts']).toBe('Kund*innen');
    expect(de['nav.territories']).toBe('Gebiete');
    expect(de['nav.plans']).toBe('Vertriebspläne');
    expect(de['plans.teamTarget']).toContain('Umsatzziel');
  });
});

describe('createTranslator', () => {
  it('fills placeholders and formats numbers in the language', () => {
    expect(createTranslator('de')('team.capacityValue', { count: 12000 })).toBe(
      '12.000 Besuche/Jahr',
    );
    expect(createTranslator('en')('team.capacityValue', { count: 12000 })).toBe('12,000 visits/yr');
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(createTranslator('en')('team.saved', {})).toBe('{name} saved.');
  });
});

describe('languageOf', () => {
  it.each([
    ['de-DE', 'de'],
    ['de_AT', 'de'],
    ['DE-ch', 'de'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

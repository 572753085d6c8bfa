import { describe, expect, it } from 'vitest';
import { createTranslator } from '@shared/i18n/translate';
import { fieldLabel } from '@shared/sync/conflict-text';

describe('what a conflict is about, in the person’s words', () => {
  it('names a month of a target, an account field by its column and the whole row', () => {
    const de = createTranslator('de');
    expect(fieldLabel('monthlyCents.4', de, 'planTargets')).toBe('Monat 5');
    expect(fieldLabel('name', de, 'accounts')).toBe('Kund*in');
    expect(fieldLabel('postalCode', createTranslator('en'), 'accounts')).toBe('Postal code');
    expect(fieldLabel('', de, 'accounts')).toBe('Der ganze Eintrag');
    // No column of that name (or not an account): the field's own name, never a blank.
    expect(fieldLabel('constructor', de, 'accounts')).toBe('constructor');
    expect(fieldLabel('name', de, 'territories')).toBe('name');
  });
});

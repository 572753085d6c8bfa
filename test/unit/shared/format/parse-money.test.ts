import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from '@shared/format/intl';
import { parseMoneyToCents, MAX_AMOUNT_CENTS, readAmount } from '@shared/format/parse-money';

describe('parseMoneyToCents', () => {
  it.each([
    ['1.234,56', 'de', 123_456],
    ['1,234.56', 'en', 123_456],
    ['1234.56', 'de', 123_456],
    ['1234,56', 'en', 123_456],
    ['1234,5', 'de', 123_450],
    ['1.234', 'de', 123_400],
    ['1,234', 'en', 123_400],
    ['1.234.567', 'en', 123_456_700],
    // Money has two decimals at most: three digits after the only separator are thousands,
    // whichever the UI language (a German sheet pasted into the English UI, and back).
    ['8.000', 'en', 800_000],
    ['1.234', 'en', 123_400],
    ['1,234', 'de', 123_400],
    ['€ 250', 'de', 25_000],
    ['250 €', 'de', 25_000],
    ['0', 'en', 0],
    ['-12,30', 'de', -1230],
    [',5', 'de', 50],
  ])('%s (%s) → %i cents', (text, language, cents) => {
    expect(parseMoneyToCents(text, language as 'de' | 'en')).toBe(cents);
  });

  it.each([
    ['0.500 in English (three decimals, no thousands)', '0.500', 'en'],
    ['0,125 in German (three decimals, no thousands)', '0,125', 'de'],
  ])('refuses %s', (_label, text, language) => {
    expect(parseMoneyToCents(text, language as 'de' | 'en')).toBeNull();
  });

  it.each(['', '-', 'abc', '1,2,3', '12.345,678', '1.23.4', '1..2', '12a', '1.234,56,7'])(
    'refuses %j',
    (text) => {
      expect(parseMoneyToCents(text, 'de')).toBeNull();
    },
  );

  it('reads back what the app formats, in both languages (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.constantFrom('de', 'en') as fc.Arbitrary<'de' | 'en'>,
        (cents, language) => {
          const shown = formatMoney(cents, language === 'de' ? 'de-DE' : 'en-GB');
          expect(parseMoneyToCents(shown, language)).toBe(cents);
        },
      ),
    );
  });
});

describe('readAmount', () => {
  it.each([
    ['90.000.000.000.000,00', 'de', 'too-large'],
    ['1000000000000000', 'en', 'too-large'],
    ['10.000.000.000,01', 'de', 'too-large'],
    ['-5', 'de', 'negative'],
    ['abc', 'en', 'not-amount'],
  ] as const)('refuses %j (%s) as %s', (text, language, problem) => {
    expect(readAmount(text, language)).toEqual({ ok: false, problem });
  });

  it('reads Excel’s dash for zero (accounting format)', () => {
    expect(readAmount('-', 'de')).toEqual({ ok: true, cents: 0 });
    expect(readAmount(' – ', 'en')).toEqual({ ok: true, cents: 0 });
    expect(readAmount('--', 'en')).toEqual({ ok: false, problem: 'not-amount' });
  });

  it('takes everything up to the one upper bound, exactly', () => {
    expect(readAmount('10.000.000.000,00', 'de')).toEqual({ ok: true, cents: MAX_AMOUNT_CENTS });
    expect(readAmount('1,234.56', 'en')).toEqual({ ok: true, cents: 123_456 });
  });
});

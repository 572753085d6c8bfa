import { describe, expect, it } from 'vitest';
import { de } from '@shared/i18n/messages.de';
import { en, type MessageKey } from '@shared/i18n/messages.en';
import { GERMAN_TERMS, TEAM_LEAD } from '@shared/i18n/terms.de';
import {
  argumentName,
  compileMessage,
  createTranslator,
  languageOf,
  translateStored,
} from '@shared/i18n/translate';

type Element = ReturnType<ReturnType<typeof compileMessage>['getAst']>[number];
const keys = Object.keys(en) as MessageKey[];

/** Every argument of a message with how it is used: plain, number, plural or select. */
function argumentsOf(elements: Element[], found = new Map<string, Set<string>>()) {
  for (const element of elements) {
    if (element.type === 0 || element.type === 7) continue;
    if ('value' in element && typeof element.value === 'string') {
      const name = argumentName(element.value);
      const use = ['', 'plain', 'number', 'date', 'time', 'select', 'plural'][element.type] ?? '?';
      found.set(name, (found.get(name) ?? new Set()).add(use));
    }
    if (element.type === 5 || element.type === 6)
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
  }
  return found;
}

const ast = (text: string, locale: string) => compileMessage(text, locale).getAst();

describe('message catalogues', () => {
  it('every message is valid ICU MessageFormat in both languages', () => {
    for (const key of keys) {
      expect(() => ast(en[key], 'en-GB'), `en ${key}`).not.toThrow();
      expect(() => ast(de[key], 'de-DE'), `de ${key}`).not.toThrow();
    }
  });

  it('German has every English key, none empty, with the same arguments', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const key of keys) {
      expect(de[key].trim(), key).not.toBe('');
      const names = (text: string, locale: string) =>
        [...argumentsOf(ast(text, locale)).keys()].sort();
      expect(names(de[key], 'de-DE'), key).toEqual(names(en[key], 'en-GB'));
    }
  });

  // The class of "1 accounts" / "1 Kund*innen": a count printed plainly right before a noun
  // that changes with the number. Such a count must go through a plural.
  const countedNouns = {
    en: /^ (accounts?|members?|territor(y|ies)|regions?|rows?|requests?|decisions?|days?|months?|codes?|customers?|people|Juniors?|Seniors?|values?)\b/,
    de: /^ (Kund\*in(nen)?|Personen|Gebiete?|Regionen|Zeilen?|Anfragen|Entscheidungen|Tage|Monate|Juniors|Seniors|Werte)\b/,
  };
  it.each(['en', 'de'] as const)('no plain count before a counted noun (%s)', (language) => {
    const catalogue = language === 'en' ? en : de;
    const offenders: string[] = [];
    for (const key of keys) {
      const check = (elements: Element[]) => {
        elements.forEach((element, i) => {
          const next = elements[i + 1];
          if (element.type === 1 && next?.type === 0 && countedNouns[language].test(next.value))
            offenders.push(`${key}: {${argumentName(element.value)}}${next.value}`);
          if (element.type === 5 || element.type === 6)
            for (const option of Object.values(element.options)) check(option.value);
        });
      };
      check(ast(catalogue[key], language === 'en' ? 'en-GB' : 'de-DE'));
    }
    expect(offenders).toEqual([]);
  });

  it('German uses the one term list everywhere', () => {
    const offenders = keys.flatMap((key) =>
      GERMAN_TERMS.filter(({ avoid }) => avoid.test(de[key])).map(
        ({ use }) => `${key}: “${de[key]}” (use ${use})`,
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('uses the seed’s German terms', () => {
    expect(de['team.level.junior']).toBe('Junior Sales Manager*in');
    expect(de['team.level.senior']).toBe('Senior Sales Manager*in');
    expect(de['nav.accounts']).toBe('Kund*innen');
    expect(de['nav.territories']).toBe('Gebiete');
    expect(de['nav.plans']).toBe('Vertriebspläne');
    expect(de['plans.teamTarget']).toContain('Umsatzziel');
  });

  it('names the team lead with the article each German sentence needs', () => {
    const t = createTranslator('de');
    const lead = t('accounts.history.lead');
    expect(lead).toBe(TEAM_LEAD);
    expect(t('requests.approved', { approver: lead, date: '1.12.2026' })).toBe(
      'Freigegeben von der Teamleitung am 1.12.2026',
    );
    expect(t('accounts.history.direct', { approver: lead, date: '1.12.2026', to: 'Ida' })).toBe(
      '1.12.2026: die Teamleitung gab sie an Ida.',
    );
    expect(t('plans.history.approved', { actor: lead })).toBe(
      'Die Teamleitung hat den Teamplan freigegeben',
    );
    expect(t('requests.approved', { approver: 'Ida Brandt', date: '1.12.2026' })).toBe(
      'Freigegeben von Ida Brandt am 1.12.2026',
    );
    // Every German message that names a person gives the lead an article.
    const people = ['approver', 'actor', 'requester', 'who'];
    const offenders: string[] = [];
    for (const key of keys) {
      const args = argumentsOf(ast(de[key], 'de-DE'));
      const values: Record<string, string | number> = {};
      for (const [name, uses] of args)
        values[name] = people.includes(name) ? TEAM_LEAD : uses.has('plural') ? 2 : 'X';
      if (!people.some((name) => args.has(name))) continue;
      const text = translateStored(t, key, values);
      if (/(?<![Dd]ie |[Dd]er )Teamleitung/.test(text)) offenders.push(`${key}: ${text}`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('createTranslator', () => {
  it('fills values and formats numbers in the language', () => {
    expect(createTranslator('de')('team.capacityValue', { count: 12000 })).toBe(
      '12.000 Besuche/Jahr',
    );
    expect(createTranslator('en')('team.capacityValue', { count: 12000 })).toBe('12,000 visits/yr');
  });

  it('chooses the plural form by the number, in both languages', () => {
    const en = createTranslator('en');
    const de = createTranslator('de');
    expect(en('territories.accounts', { count: 1 })).toBe('1 account');
    expect(en('territories.accounts', { count: 0 })).toBe('0 accounts');
    expect(en('territories.accounts', { count: 12000 })).toBe('12,000 accounts');
    expect(de('territories.accounts', { count: 1 })).toBe('1 Kund*in');
    expect(de('territories.accounts', { count: 12000 })).toBe('12.000 Kund*innen');
    expect(en('approvals.history.reassign', { count: 1 })).toBe('moving 1 account');
    expect(de('scenarios.balance.done', { name: 'Süd', count: 1 })).toBe(
      'Szenario „Süd“ vorgeschlagen: 1 Kund*in würde wechseln.',
    );
    expect(en('market.pareto.desc', { count: 1, pct: 5, a: 80, countB: 3, b: 95 })).toBe(
      '1 customer (5 %) makes 80 % of last year’s revenue; 3 make 95 %. The lines mark the A and B thresholds.',
    );
  });

  it('types each message’s values from its text (tsc fails on the lines marked)', () => {
    const t = createTranslator('en');
    // @ts-expect-error a count that chooses a plural must be a number
    t('territories.accounts', { count: '3' });
    // @ts-expect-error the value the message needs is missing
    t('team.saved', {});
    // @ts-expect-error a misspelt value
    t('team.saved', { nmae: 'Ida' });
    // @ts-expect-error a message without values takes none
    t('common.save', { name: 'Ida' });
    expect(t('team.saved', { name: 'Ida' })).toBe('Ida saved.');
  });

  it('shows a stored message without its values as written rather than breaking', () => {
    const t = createTranslator('en');
    expect(translateStored(t, 'team.saved')).toBe('{name} saved.');
    expect(translateStored(t, 'team.history.save', { name: 'Ida' })).toBe('change to Ida');
  });

  it('prints a "<" as text (messages carry no markup)', () => {
    expect(createTranslator('en')('team.noMatch', { query: '<b>Ida' })).toBe(
      'No member matches “<b>Ida”.',
    );
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

import IntlMessageFormat from 'intl-messageformat';
import type { Language } from '../domain/workspace';
import { formatNumber } from '../format/intl';
import { de } from './messages.de';
import { en, type MessageKey } from './messages.en';
import type { ValuesOf } from './message-values';

export type { MessageKey };

/** The values a message needs, from its English text (the German one must use the same). */
export type MessageValues<K extends MessageKey> = ValuesOf<(typeof en)[K]>;

type ValuesArgument<K extends MessageKey> = [keyof MessageValues<K>] extends [never]
  ? []
  : [values: MessageValues<K>];

/** A message that needs no values: what a refusal or a label can carry as a bare key. */
export type PlainMessageKey = {
  [K in MessageKey]: [keyof MessageValues<K>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...values: ValuesArgument<K>) => string;

const catalogs = { de, en } as const;

/** Resolves a system locale ("de-AT", "en_US") to one of the UI languages; English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Intl locale for a language; German follows German conventions (1.234,56 €). */
export function intlLocaleOf(language: Language): string {
  return language === 'de' ? 'de-DE' : 'en-GB';
}

// A plain `{count}` is printed by intl-messageformat with String() (4133116, not 4.133.116),
// while `#` in a plural uses the locale. Plain arguments are renamed to read a value that is
// formatted here, so every number in a message follows the language.
const AS_TEXT = '\u0000text';

type MessageFormatElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The argument's name as the catalogue writes it (a compiled plain argument carries a suffix). */
export function argumentName(compiledName: string): string {
  return compiledName.endsWith(AS_TEXT) ? compiledName.slice(0, -AS_TEXT.length) : compiledName;
}

function withPlainArgumentsAsText(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === 1) return { ...element, value: element.value + AS_TEXT };
    if (element.type === 5 || element.type === 6) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([selector, option]) => [
          selector,
          { ...option, value: withPlainArgumentsAsText(option.value) },
        ]),
      );
      return { ...element, options };
    }
    return element;
  });
}

/** Parses a message once; tags are text (the catalogue has none, and a "<" must print). */
export function compileMessage(text: string, locale: string): IntlMessageFormat {
  const options = { ignoreTag: true };
  const ast = new IntlMessageFormat(text, locale, undefined, options).getAst();
  return new IntlMessageFormat(withPlainArgumentsAsText(ast), locale, undefined, options);
}

export function createTranslator(language: Language): Translate {
  const catalog: Record<MessageKey, string> = catalogs[language];
  const locale = intlLocaleOf(language);
  // A message without arguments is its text: kept as a string, never formatted again (table
  // rows call the translator for every visible cell).
  const compiled = new Map<MessageKey, IntlMessageFormat | string>();
  return (key, ...rest) => {
    const text = catalog[key] ?? en[key] ?? key;
    const values = rest[0] as Record<string, string | number> | undefined;
    let message = compiled.get(key);
    if (message === undefined) {
      const parsed = compileMessage(text, locale);
      const ast = parsed.getAst();
      const literal = ast.length === 0 || (ast.length === 1 && ast[0]!.type === 0);
      message = literal ? (ast[0]?.type === 0 ? ast[0].value : '') : parsed;
      compiled.set(key, message);
    }
    if (typeof message === 'string') return message;
    const all: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(values ?? {})) {
      all[name] = value;
      all[name + AS_TEXT] = typeof value === 'number' ? formatNumber(value, locale) : value;
    }
    try {
      return String(message.format(all));
    } catch {
      // A value the types did not see coming (e.g. from a stored label): show the raw text
      // rather than break the screen; the catalogue test keeps this from happening in the app.
      return text;
    }
  };
}

/** Values of a message kept for later (a command's label in the undo history or an approval). */
export type StoredValues = Record<string, string | number>;

/**
 * Translates a message whose key and values were stored (in the database, the undo history):
 * the types checked them where they were made, not here.
 */
export function translateStored(t: Translate, key: MessageKey, values?: StoredValues): string {
  return (t as (key: MessageKey, values?: StoredValues) => string)(key, values);
}

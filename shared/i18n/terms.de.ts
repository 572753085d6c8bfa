/**
 * The German terms, chosen once and used by every German message (the catalogue test refuses
 * the forms under `avoid`): gendered forms with the star as in the seed (Kund*in), "Person" for a
 * team member, "Juniors"/"Seniors", "Betreuung" for who looks after an account.
 */
export const GERMAN_TERMS: ReadonlyArray<{ use: string; avoid: RegExp }> = [
  { use: 'Kund*in, Kund*innen', avoid: /\b(Kunde|Kunden|Kundin|Kundinnen)\b/ },
  { use: 'Person, Personen (ein Teammitglied)', avoid: /\bMitglied(er|ern|s)?\b/ },
  { use: 'Juniors, Seniors', avoid: /\b(Junioren|Senioren)\b/ },
  { use: 'Betreuung (statt Verantwortliche*r)', avoid: /\bVerantwortlichen?\b/ },
  { use: 'Umsatz dieses Jahres', avoid: /\bdieses Jahr\b(?!es)/ },
];

/** Where a German message names a person, the team lead arrives as this word (no article). */
export const TEAM_LEAD = 'Teamleitung';

const LEAD_FORMS = {
  nominative: 'die Teamleitung',
  sentenceStart: 'Die Teamleitung',
  dative: 'der Teamleitung',
} as const;

/**
 * A person's name in a German message: a member's name as it is; the team lead with the article
 * the sentence needs ("freigegeben von der Teamleitung", "Die Teamleitung hat …").
 */
export function person(argument: string, form: keyof typeof LEAD_FORMS): string {
  return `{${argument}, select, ${TEAM_LEAD} {${LEAD_FORMS[form]}} other {{${argument}}}}`;
}

/** "{count, plural, one {# Kund*in} other {# Kund*innen}}" */
export function counted(argument: string, one: string, other: string): string {
  return `{${argument}, plural, one {# ${one}} other {# ${other}}}`;
}

export const accounts = (argument = 'count') => counted(argument, 'Kund*in', 'Kund*innen');
export const people = (argument = 'count') => counted(argument, 'Person', 'Personen');

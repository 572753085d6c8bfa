/** Longest name of a territory, region or scenario: longer ones break every list they are in. */
export const MAX_NAME_CHARS = 80;

export type NameProblem = 'empty' | 'too-long' | 'taken';

const key = (name: string) => name.trim().toLocaleLowerCase('de-DE');

/** Why a name cannot be used beside `others` (the names already taken), or null. */
export function nameProblem(name: string, others: readonly string[]): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > MAX_NAME_CHARS) return 'too-long';
  return others.some((other) => key(other) === key(trimmed)) ? 'taken' : null;
}

/** `base`, or `base 2`, `base 3`… — the first that is not taken. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map(key));
  if (!used.has(key(base))) return base;
  for (let n = 2; ; n += 1) if (!used.has(key(`${base} ${n}`))) return `${base} ${n}`;
}

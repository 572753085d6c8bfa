/** Longest name of a territory, region or scenario: longer ones break every list they are in. */
export const MAX_NAME_CHARS = 80;

export type NameProblem = 'empty' | 'too-long' | 'taken';

// German has no case rules of its own: toLowerCase() gives what toLocaleLowerCase('de-DE')
// gives, many times faster (the territory editor compares every name on each keystroke).
const key = (name: string) => name.trim().toLowerCase();

/** Why a name cannot be used beside `others` (the names already taken), or null. */
export function nameProblem(name: string, others: readonly string[]): NameProblem | null {
  const trimmed = name.trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > MAX_NAME_CHARS) return 'too-long';
  const wanted = key(trimmed);
  return others.some((other) => key(other) === wanted) ? 'taken' : null;
}

/** `base`, or `base 2`, `base 3`… — the first that is not taken. */
export function uniqueName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map(key));
  if (!used.has(key(base))) return base;
  for (let n = 2; ; n += 1) if (!used.has(key(`${base} ${n}`))) return `${base} ${n}`;
}

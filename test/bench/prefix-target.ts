import type { WorkspaceData } from '@shared/domain/workspace';

/**
 * The two-digit postal prefix with the most accounts, as ten ranges each one code narrower
 * than a three-digit block (so they beat two- and three-digit prefix rules), and a territory
 * of the same region to move it to.
 */
export function busiestPrefix(data: WorkspaceData): {
  rules: string;
  accounts: number;
  to: { name: string };
} {
  const counts = new Map<string, number>();
  for (const account of data.accounts) {
    const prefix = account.postalCode.slice(0, 2);
    counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [prefix, accounts] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  const owner = data.territories.find(
    (t) =>
      t.kind === 'territory' &&
      t.rules.some((r) => r.from.startsWith(prefix) || prefix.startsWith(r.from)),
  )!;
  const to =
    data.territories.find(
      (t) => t.kind === 'territory' && t.parentId === owner.parentId && t.id !== owner.id,
    ) ?? owner;
  const rules = Array.from({ length: 10 }, (_, d) => `${prefix}${d}00-${prefix}${d}98`).join('\n');
  return { rules, accounts, to };
}

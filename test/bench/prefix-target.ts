import type { WorkspaceData } from '../../shared/domain/workspace';

/**
 * The two-digit postal prefix with the most accounts, and a neighbouring territory of the same
 * region to move it to (a range one code narrower than the prefix, so it is more specific).
 */
export function busiestPrefix(data: WorkspaceData): {
  range: string;
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
      t.rules.some((r) => prefix.startsWith(r.from) || r.from.startsWith(prefix)),
  )!;
  const to =
    data.territories.find(
      (t) => t.kind === 'territory' && t.parentId === owner.parentId && t.id !== owner.id,
    ) ?? owner;
  return { range: `${prefix}000-${prefix}998`, accounts, to };
}

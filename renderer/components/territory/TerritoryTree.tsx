import { memo } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';

interface Props {
  territories: readonly Territory[];
  members: ReadonlyMap<string, TeamMember>;
  accountCounts: ReadonlyMap<string, number>;
}

/** Regions with their territories (tree order, indented), each with owner and account count. */
export function TerritoryTree({ territories, members, accountCounts }: Props) {
  const t = useT();
  const selected = useAppStore((s) => s.selectedTerritoryId);
  const select = useAppStore((s) => s.selectTerritory);
  const byParent = new Map<string | null, Territory[]>();
  for (const territory of territories) {
    const siblings = byParent.get(territory.parentId) ?? [];
    siblings.push(territory);
    byParent.set(territory.parentId, siblings);
  }
  const ordered: Array<{ territory: Territory; depth: number }> = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const territory of byParent.get(parentId) ?? []) {
      ordered.push({ territory, depth });
      if (depth < 8) walk(territory.id, depth + 1);
    }
  };
  walk(null, 0);
  return (
    <nav className="card tree" aria-label={t('territories.tree')}>
      <ul>
        {ordered.map(({ territory, depth }) => (
          <TreeRow
            key={territory.id}
            territory={territory}
            depth={depth}
            owner={
              territory.ownerId
                ? (members.get(territory.ownerId)?.name ?? '–')
                : t('territories.noOwner')
            }
            count={accountCounts.get(territory.id) ?? 0}
            selected={territory.id === selected}
            onSelect={select}
          />
        ))}
      </ul>
    </nav>
  );
}

interface RowProps {
  territory: Territory;
  depth: number;
  owner: string;
  count: number;
  selected: boolean;
  onSelect: (id: string) => void;
}

const TreeRow = memo(function TreeRow({
  territory,
  depth,
  owner,
  count,
  selected,
  onSelect,
}: RowProps) {
  const t = useT();
  return (
    <li style={{ paddingLeft: depth * 12 }}>
      <button
        type="button"
        className="tree-item"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(territory.id)}
      >
        <span className="tree-name">{territory.name}</span>
        <span className="muted small">
          {owner} · {t('territories.accounts', { count })}
        </span>
      </button>
    </li>
  );
});

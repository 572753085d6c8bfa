import type { Territory } from '../../../shared/domain/territory';
import type { TeamMember } from '../../../shared/domain/team-member';
import { useT } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';

interface Props {
  territories: readonly Territory[];
  members: ReadonlyMap<string, TeamMember>;
  accountCounts: ReadonlyMap<string, number>;
}

/** Regions with their territories, each with owner and account count; a button selects one. */
export function TerritoryTree({ territories, members, accountCounts }: Props) {
  const t = useT();
  const selected = useAppStore((s) => s.selectedTerritoryId);
  const select = useAppStore((s) => s.selectTerritory);
  const children = (parentId: string | null) =>
    territories.filter((territory) => territory.parentId === parentId);
  const item = (territory: Territory) => (
    <li key={territory.id}>
      <button
        type="button"
        className="tree-item"
        aria-current={territory.id === selected ? 'true' : undefined}
        onClick={() => select(territory.id)}
      >
        <span className="tree-name">{territory.name}</span>
        <span className="muted small">
          {territory.ownerId
            ? (members.get(territory.ownerId)?.name ?? '–')
            : t('territories.noOwner')}{' '}
          · {t('territories.accounts', { count: accountCounts.get(territory.id) ?? 0 })}
        </span>
      </button>
      {children(territory.id).length > 0 && <ul>{children(territory.id).map(item)}</ul>}
    </li>
  );
  return (
    <nav className="card tree" aria-label={t('territories.tree')}>
      <ul>{children(null).map(item)}</ul>
    </nav>
  );
}

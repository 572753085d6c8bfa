import { useState } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { DRAG_TYPE, useAssignAccounts } from './use-assign-accounts';

/** While accounts are dragged: the active members to drop them on. */
export function MemberDropTargets({ members }: { members: readonly TeamMember[] }) {
  const t = useT();
  const dragging = useAppStore((s) => s.draggingAccounts);
  const setDragging = useAppStore((s) => s.setDraggingAccounts);
  const assign = useAssignAccounts(members);
  const [over, setOver] = useState<string | null>(null);
  if (dragging === 0) return null;
  return (
    <div
      className="drop-targets"
      role="list"
      aria-label={t('accounts.drop.title', { count: dragging })}
    >
      <strong>{t('accounts.drop.title', { count: dragging })}</strong>
      {members
        .filter((m) => m.active)
        .map((member) => (
          <div
            key={member.id}
            role="listitem"
            className={`drop-target${over === member.id ? ' drop-over' : ''}`}
            data-member-id={member.id}
            onDragOver={(event) => {
              if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
              event.preventDefault();
              event.dataTransfer.dropEffect = 'move';
              setOver(member.id);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(event) => {
              event.preventDefault();
              setOver(null);
              setDragging(0);
              const ids = JSON.parse(event.dataTransfer.getData(DRAG_TYPE) || '[]') as unknown;
              if (Array.isArray(ids) && ids.every((id) => typeof id === 'string'))
                void assign(ids, member.id);
            }}
          >
            {member.name}{' '}
            <span className="muted small">{t(`team.levelShort.${member.level}`)}</span>
          </div>
        ))}
    </div>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import { useT } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { MemberRow } from './MemberRow';
import { OVERSCAN_ROWS } from '@renderer/components/use-virtual-rows';

interface Props {
  members: readonly TeamMember[];
  allMembers: readonly TeamMember[];
}

/** Above this many rows only the visible ones are rendered (a team of 500 stays instant). */
export const VIRTUALIZE_FROM = 150;
const ROW_HEIGHT = 37;

export function MemberTable({ members, allMembers }: Props) {
  const t = useT();
  const openMember = useAppStore((s) => s.openMember);
  const editor = useAppStore((s) => s.memberEditor);
  const byId = useMemo(() => new Map(allMembers.map((m) => [m.id, m])), [allMembers]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = members.length >= VIRTUALIZE_FROM;
  // The app does not use the React Compiler, so the virtualizer's unmemoisable API is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? members.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
  });
  const selectedId = editor.mode === 'edit' ? editor.memberId : null;
  const row = (member: TeamMember) => (
    <MemberRow
      key={member.id}
      member={member}
      byId={byId}
      selected={member.id === selectedId}
      onOpen={openMember}
    />
  );

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  return (
    <div className="table-scroll" ref={scrollRef}>
      <table className="data-table" aria-rowcount={members.length + 1}>
        <thead>
          <tr>
            <th scope="col">{t('team.col.name')}</th>
            <th scope="col">{t('team.col.level')}</th>
            <th scope="col">{t('team.col.supervisor')}</th>
            <th scope="col">{t('team.col.homeRegion')}</th>
            <th scope="col" className="numeric">
              {t('team.col.capacity')}
            </th>
            <th scope="col">{t('team.col.hireDate')}</th>
            <th scope="col">{t('team.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {!virtual && members.map(row)}
          {virtual && padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {virtual && items.map((item) => row(members[item.index]!))}
          {virtual && padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

import { AlertTriangle } from 'lucide-react';
import { memo } from 'react';
import { memberFlags, type TeamMember } from '@shared/domain/team-member';
import { formatIsoDate } from '@shared/format/intl';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  member: TeamMember;
  byId: ReadonlyMap<string, TeamMember>;
  selected: boolean;
  onOpen: (memberId: string) => void;
}

/** One member as a table row; memoised so selecting a member re-renders two rows, not all. */
export const MemberRow = memo(function MemberRow({ member, byId, selected, onOpen }: Props) {
  const { t, locale } = useI18n();
  const flags = memberFlags(member, byId);
  const supervisor = member.supervisorId ? byId.get(member.supervisorId) : undefined;
  return (
    <tr aria-selected={selected} className={member.active ? undefined : 'inactive'}>
      <th scope="row">
        <button type="button" className="link" onClick={() => onOpen(member.id)}>
          {member.name}
        </button>
        {flags.map((flag) => (
          <span key={flag} className="flag" title={t(`team.flag.${flag}`)}>
            <AlertTriangle size={14} aria-hidden="true" />
            <span className="visually-hidden">{t(`team.flag.${flag}`)}</span>
          </span>
        ))}
      </th>
      <td>
        <span className={`badge badge-${member.level}`} title={t(`team.level.${member.level}`)}>
          {t(`team.levelShort.${member.level}`)}
        </span>
      </td>
      <td>{supervisor?.name ?? t('common.notSet')}</td>
      <td>{member.homeRegion || t('common.notSet')}</td>
      <td className="numeric">{t('team.capacityValue', { count: member.capacity })}</td>
      <td>{formatIsoDate(member.hireDate, locale)}</td>
      <td>{t(member.active ? 'team.status.active' : 'team.status.inactive')}</td>
    </tr>
  );
});

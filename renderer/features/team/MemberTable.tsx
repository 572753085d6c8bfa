import { AlertTriangle } from 'lucide-react';
import { memberFlags, type TeamMember } from '../../../shared/domain/team-member';
import { formatIsoDate } from '../../../shared/format/intl';
import { useI18n } from '../../i18n/i18n-context';
import { useAppStore } from '../../store/app-store';

interface Props {
  members: readonly TeamMember[];
  allMembers: readonly TeamMember[];
}

export function MemberTable({ members, allMembers }: Props) {
  const { t, locale } = useI18n();
  const openMember = useAppStore((s) => s.openMember);
  const editor = useAppStore((s) => s.memberEditor);
  const byId = new Map(allMembers.map((m) => [m.id, m]));

  return (
    <div className="table-scroll">
      <table className="data-table">
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
          {members.map((member) => {
            const flags = memberFlags(member, allMembers);
            const selected = editor.mode === 'edit' && editor.memberId === member.id;
            return (
              <tr
                key={member.id}
                aria-selected={selected}
                className={member.active ? undefined : 'inactive'}
              >
                <th scope="row">
                  <button type="button" className="link" onClick={() => openMember(member.id)}>
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
                  <span
                    className={`badge badge-${member.level}`}
                    title={t(`team.level.${member.level}`)}
                  >
                    {t(`team.levelShort.${member.level}`)}
                  </span>
                </td>
                <td>
                  {member.supervisorId
                    ? (byId.get(member.supervisorId)?.name ?? t('common.notSet'))
                    : t('common.notSet')}
                </td>
                <td>{member.homeRegion || t('common.notSet')}</td>
                <td className="numeric">{t('team.capacityValue', { count: member.capacity })}</td>
                <td>{formatIsoDate(member.hireDate, locale)}</td>
                <td>{t(member.active ? 'team.status.active' : 'team.status.inactive')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { TeamMember } from '@shared/domain/team-member';
import { useT } from '@renderer/i18n/i18n-context';

/** Whom a proposal balances between: every active member, all or none at one click. */
export function MemberChoice({
  members,
  chosen,
  onChosen,
}: {
  members: readonly TeamMember[];
  chosen: ReadonlySet<string>;
  onChosen: (next: Set<string>) => void;
}) {
  const t = useT();
  const count = members.filter((m) => chosen.has(m.id)).length;
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChosen(next);
  };
  return (
    <fieldset className="member-choice">
      <legend>{t('scenarios.balance.members', { chosen: count, count: members.length })}</legend>
      <div className="form-actions">
        <button
          type="button"
          className="button small"
          onClick={() => onChosen(new Set(members.map((m) => m.id)))}
        >
          {t('scenarios.balance.all')}
        </button>
        <button type="button" className="button small" onClick={() => onChosen(new Set())}>
          {t('scenarios.balance.none')}
        </button>
      </div>
      <div className="member-checkboxes">
        {members.map((m) => (
          <label key={m.id} className="checkbox">
            <input type="checkbox" checked={chosen.has(m.id)} onChange={() => toggle(m.id)} />
            {m.name} ({t(`team.levelShort.${m.level}`)})
          </label>
        ))}
      </div>
      {count < 2 && <p className="field-error">{t('scenarios.balance.twoMembers')}</p>}
    </fieldset>
  );
}

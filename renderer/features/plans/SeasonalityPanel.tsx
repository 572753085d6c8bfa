import { useMemo, useState } from 'react';
import type { MonthlyActual } from '@shared/domain/actual';
import type { TeamMember } from '@shared/domain/team-member';
import { profileFromActuals } from '@shared/planning/actuals-profile';
import { withMemberSeasonality } from '@shared/planning/seasonality';
import { formatMoney } from '@shared/format/intl';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { PlanSnapshot } from './plan-repository';
import { SeasonalityEditor } from './SeasonalityEditor';

interface Props {
  snapshot: PlanSnapshot;
  members: TeamMember[];
  actuals: MonthlyActual[];
  monthLabels: string[];
  editable: boolean;
  /** Resolves true once the change is saved. */
  onChange: (next: PlanSnapshot) => Promise<boolean>;
  /** What was done, in words (the notice after saving). */
  onApplied: (message: string) => void;
}

/** The plan's seasonality, and any member's own profile that overrides it. */
export function SeasonalityPanel(props: Props) {
  const { t, locale, currency } = useI18n();
  const { snapshot, members, actuals, monthLabels, editable } = props;
  const [scope, setScope] = useState('');
  const { plan, targets } = snapshot;
  const target = scope ? targets.find((x) => x.memberId === scope) : undefined;
  const member = members.find((m) => m.id === scope);
  const names = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members]);
  // Five years of actuals for 500 members: learn the profile once, not on every edit.
  const fromActuals = useMemo(
    () => profileFromActuals(actuals, plan.startMonth, target?.memberId),
    [actuals, plan.startMonth, target?.memberId],
  );

  const apply = async (profile: number[] | null) => {
    const name = member?.name ?? '–';
    if (target) {
      const saved = await props.onChange({
        plan,
        targets: targets.map((x) =>
          x.memberId === target.memberId ? withMemberSeasonality(x, profile, plan.seasonality) : x,
        ),
      });
      if (!saved) return;
      const year = target.monthlyCents.reduce((sum, cents) => sum + cents, 0);
      props.onApplied(
        target.manual
          ? t('plans.season.appliedOwn', { name, amount: formatMoney(year, locale, currency) })
          : t('plans.season.appliedMember', { name }),
      );
    } else if (profile) {
      if (!(await props.onChange({ plan: { ...plan, seasonality: profile }, targets }))) return;
      // Own targets were typed by hand month by month: the plan's profile leaves them be.
      const kept = targets.filter((x) => x.manual).map((x) => names.get(x.memberId) ?? '–');
      props.onApplied(
        kept.length
          ? t('plans.season.appliedKept', {
              names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(kept),
            })
          : t('plans.season.applied'),
      );
    }
  };

  return (
    <section className="card" aria-labelledby="plan-season-title">
      <h2 id="plan-season-title">{t('plans.season.title')}</h2>
      <p className="hint">{t('plans.season.lead')}</p>
      <div className="form-narrow">
        <SelectField
          id="season-scope"
          label={t('plans.grid.member')}
          value={scope}
          onChange={setScope}
          options={[
            { value: '', label: t('plans.season.memberPlan') },
            ...targets.map((x) => ({
              value: x.memberId,
              label: t('plans.season.member', {
                name: names.get(x.memberId) ?? '–',
              }),
            })),
          ]}
        />
      </div>
      <SeasonalityEditor
        key={`${scope}|${(target ? target.seasonality : plan.seasonality)?.join(',')}`}
        scope={target && member ? { kind: 'member', name: member.name } : { kind: 'plan' }}
        profile={target ? target.seasonality : plan.seasonality}
        planProfile={plan.seasonality}
        fromActuals={fromActuals}
        monthLabels={monthLabels}
        editable={editable && (!target || !['submitted', 'approved'].includes(target.signoff))}
        onApply={(profile) => void apply(profile)}
      />
    </section>
  );
}

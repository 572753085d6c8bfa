import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { PlanTarget, SalesPlan } from '@shared/domain/plan';
import { formatMoney } from '@shared/format/intl';
import { compareVersions } from '@shared/planning/compare-versions';
import { fiscalYearLabel } from '@shared/planning/fiscal-year';
import { db } from '@renderer/db/db';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';

interface Props {
  plan: SalesPlan;
  targets: PlanTarget[];
  versions: SalesPlan[];
  monthLabels: string[];
  name: (id: string) => string;
}

/** Per member and month, what changed between this version and another of the same year. */
export function VersionCompare({ plan, targets, versions, monthLabels, name }: Props) {
  const { t, locale, currency } = useI18n();
  const others = versions.filter((v) => v.fiscalYear === plan.fiscalYear && v.id !== plan.id);
  const [otherId, setOtherId] = useState('');
  const other = others.find((v) => v.id === otherId) ?? null;
  const otherTargets = useLiveQuery(
    async () => (other ? db.planTargets.where('planId').equals(other.id).toArray() : []),
    [other?.id],
  );
  if (others.length === 0) return null;
  const [older, newer] =
    other && other.version > plan.version
      ? [targets, otherTargets ?? []]
      : [otherTargets ?? [], targets];
  const differences = other && otherTargets ? compareVersions(older, newer) : [];
  const money = (cents: number) => formatMoney(cents, locale, currency);
  return (
    <section className="card" aria-labelledby="plan-compare-title">
      <h2 id="plan-compare-title">{t('plans.compare')}</h2>
      <div className="form-narrow">
        <SelectField
          id="plan-compare"
          label={t('plans.compare')}
          value={otherId}
          onChange={setOtherId}
          options={[
            { value: '', label: '–' },
            ...others.map((v) => ({
              value: v.id,
              label: t('plans.option', {
                year: fiscalYearLabel(v.fiscalYear, v.startMonth),
                version: v.version,
                state: t(`plans.state.${v.state}`),
              }),
            })),
          ]}
        />
      </div>
      {other && otherTargets && (
        <>
          <h3>
            {t('plans.compare.title', {
              from: Math.min(other.version, plan.version),
              to: Math.max(other.version, plan.version),
            })}
          </h3>
          {differences.length === 0 ? (
            <p className="muted">{t('plans.compare.same')}</p>
          ) : (
            <table className="data-table compare-table">
              <thead>
                <tr>
                  <th>{t('plans.grid.member')}</th>
                  <th className="numeric">{t('plans.compare.before')}</th>
                  <th className="numeric">{t('plans.compare.after')}</th>
                  <th className="numeric">{t('plans.compare.delta')}</th>
                  <th>{t('plans.compare.months')}</th>
                </tr>
              </thead>
              <tbody>
                {differences.map((d) => (
                  <tr key={d.memberId}>
                    <th scope="row">{name(d.memberId)}</th>
                    <td className="numeric">{money(d.beforeCents)}</td>
                    <td className="numeric">{money(d.afterCents)}</td>
                    <td className="numeric">{money(d.afterCents - d.beforeCents)}</td>
                    <td>{d.changedMonths.map((m) => monthLabels[m]).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

import { clock } from '@renderer/app/clock';
import { useState } from 'react';
import { fiscalYearLabel, fiscalYearOf } from '@shared/planning/fiscal-year';
import { DEFAULT_SETTINGS, useSettings } from '@renderer/db/settings';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { useTeam } from '@renderer/app/data/use-team';
import { newPlan } from './plan-repository';
import { createPlanCommand } from './plan-commands';
import { useCommand } from '@renderer/app/use-command';
import { PlanWorkspace } from './PlanWorkspace';
import { useAccountBases, usePlans } from './use-plan-data';

/** Sales plans: pick a fiscal year's version, or start the plan for the next fiscal year. */
export function PlansPage() {
  const { t } = useI18n();
  const plans = usePlans();
  const members = useTeam();
  const settings = useSettings() ?? DEFAULT_SETTINGS;
  const bases = useAccountBases();
  // Kept in the store, so the inbox can open a plan and the choice survives switching screens.
  const chosenId = useAppStore((s) => s.planId);
  const setChosenId = useAppStore((s) => s.openPlan);
  const [busy, setBusy] = useState(false);
  const startMonth = settings.fiscalYearStartMonth;
  const nextYear = fiscalYearOf(clock.today(), startMonth) + 1;
  const yearLabel = (year: number) => fiscalYearLabel(year, startMonth);
  const plan = plans?.find((p) => p.id === chosenId) ?? plans?.[0] ?? null;
  // A plan is of a fiscal year with its start: FY 2027/28 (April) is another plan than the
  // January–December 2027 one, which keeps its own months.
  const canCreate =
    !!plans && !plans.some((p) => p.fiscalYear === nextYear && p.startMonth === startMonth);

  const run = useCommand();
  const create = async () => {
    if (!members || !bases) return;
    setBusy(true);
    const draft = newPlan(nextYear, startMonth, members, bases.bases, settings.actingAs || null);
    const outcome = await run(createPlanCommand(draft), () =>
      t('plans.created', { year: yearLabel(nextYear) }),
    );
    if (outcome?.kind === 'applied') setChosenId(outcome.value.id);
    setBusy(false);
  };
  const createButton = canCreate && (
    <button
      type="button"
      className="button-primary"
      disabled={busy || !bases}
      onClick={() => void create()}
    >
      {t('plans.create', { year: yearLabel(nextYear) })}
    </button>
  );

  const loading = plans === undefined || members === undefined;
  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('plans.title')}</h1>
          <p className="subtitle">{t('plans.lead')}</p>
        </div>
        <div className="form-actions">
          {plans && plans.length > 0 && (
            <div className="field inline-field">
              <label htmlFor="plan-choice">{t('plans.choose')}</label>
              <select
                id="plan-choice"
                className="input"
                value={plan?.id ?? ''}
                onChange={(e) => setChosenId(e.target.value)}
              >
                {plans.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t('plans.option', {
                      year: fiscalYearLabel(p.fiscalYear, p.startMonth),
                      version: p.version,
                      state: t(`plans.state.${p.state}`),
                    })}
                  </option>
                ))}
              </select>
            </div>
          )}
          {plans && plans.length > 0 && createButton}
        </div>
      </header>
      {loading ? (
        <p className="muted" role="status">
          {t('plans.loading')}
        </p>
      ) : members.filter((m) => m.active).length === 0 ? (
        <section className="empty-state">
          <p>{t('plans.noMembers')}</p>
        </section>
      ) : !plan ? (
        <section className="empty-state">
          <h2>{t('plans.empty')}</h2>
          <p>{t('plans.emptyHint')}</p>
          {createButton}
        </section>
      ) : !bases ? (
        <p className="muted" role="status">
          {t('plans.loading')}
        </p>
      ) : (
        <PlanWorkspace
          key={plan.id}
          plan={plan}
          versions={plans}
          members={members}
          bases={bases}
          actingAs={settings.actingAs || null}
          onPlanChanged={setChosenId}
        />
      )}
    </div>
  );
}

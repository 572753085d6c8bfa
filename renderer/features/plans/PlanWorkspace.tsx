import { useMemo, useState } from 'react';
import type { SalesPlan } from '@shared/domain/plan';
import type { TeamMember } from '@shared/domain/team-member';
import { formatMonth } from '@shared/format/intl';
import { fiscalMonths } from '@shared/planning/fiscal-year';
import { applyEdits, type TargetEdit } from '@shared/planning/plan-model';
import { mayEditPlan, mayEditTarget, type Actor } from '@shared/planning/plan-workflow';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { ExportButton } from '../csv/ExportButton';
import { useTerritories } from '@renderer/app/data/use-territories';
import { ApprovalPanel } from './ApprovalPanel';
import { PlanGrid } from './PlanGrid';
import { pasteSummaryText } from '@renderer/components/sheet/paste-text';
import type { PasteSummary } from '@renderer/components/sheet/sheet-model';
import { PlanHistory } from './PlanHistory';
import { PlanSettingsPanel } from './PlanSettingsPanel';
import { OverAllocationWarning } from './OverAllocationWarning';
import { PlanSummary } from './PlanSummary';
import { RollupPanel } from './RollupPanel';
import { SeasonalityPanel } from './SeasonalityPanel';
import { VersionCompare } from './VersionCompare';
import { planExport } from './export-plan';
import { cellValue, columnsFor, type GridView } from './grid-model';
import { useActuals, usePlanTargets, type AccountBases } from './use-plan-data';
import { usePlanEditor } from './use-plan-editor';

interface Props {
  plan: SalesPlan;
  versions: SalesPlan[];
  members: TeamMember[];
  bases: AccountBases;
  actingAs: string | null;
  onPlanChanged: (planId: string) => void;
}

/** One plan version: summary, settings, seasonality, the grid, approval, comparison, roll-up. */
export function PlanWorkspace({ plan, versions, members, bases, actingAs, onPlanChanged }: Props) {
  const { t, locale } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const liveTargets = usePlanTargets(plan.id);
  const actuals = useActuals();
  const territories = useTerritories();
  // A Junior's edit changes their own part only: nobody else's targets are re-allocated.
  const junior = !!actingAs && members.find((m) => m.id === actingAs)?.level === 'junior';
  const editor = usePlanEditor(plan, liveTargets, members, bases.bases, !junior);
  const [view, setView] = useState<GridView>('months');
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const me = actingAs ? byId.get(actingAs) : undefined;
  const actor: Actor = me ? { id: me.id, level: me.level, supervisorId: me.supervisorId } : null;
  const name = (id: string | null) =>
    id ? (byId.get(id)?.name ?? '–') : t('accounts.history.lead');
  // Stable across edits, so memoised children (the grid's rows) are not re-rendered for them.
  const { months, monthLabels } = useMemo(() => {
    const list = fiscalMonths(plan.fiscalYear, plan.startMonth);
    return { months: list, monthLabels: list.map((m) => formatMonth(m, locale)) };
  }, [plan.fiscalYear, plan.startMonth, locale]);
  const columns = useMemo(() => columnsFor(view), [view]);
  const periodLabels =
    view === 'months'
      ? monthLabels
      : view === 'quarters'
        ? [1, 2, 3, 4].map((n) => t('plans.grid.quarter', { n }))
        : [1, 2].map((n) => t('plans.grid.half', { n }));

  const { current, shown, ramp, change } = editor;
  const rampById = useMemo(
    () => new Map((ramp?.members ?? []).map((m) => [m.memberId, m.rampReductionCents])),
    [ramp],
  );
  const rows = useMemo(
    () =>
      current && shown
        ? current.targets.map((target, i) => ({
            target,
            allocation: shown.members[i]!,
            name: byId.get(target.memberId)?.name ?? '–',
            editable: mayEditTarget(current.plan, target, actor),
            rampCents: target.manual ? 0 : (rampById.get(target.memberId) ?? 0),
          }))
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- actor is derived from actingAs
    [current, shown, byId, actingAs, rampById],
  );
  const totals = useMemo(
    () => columns.map((column) => rows.reduce((sum, row) => sum + cellValue(row, column), 0)),
    [columns, rows],
  );
  if (!current || !shown) {
    return (
      <p className="muted" role="status">
        {t('plans.loading')}
      </p>
    );
  }
  const planEditable = mayEditPlan(current.plan, actor);

  const onEdits = (
    edits: TargetEdit[],
    kind: 'edit' | 'paste' | 'reset',
    summary?: PasteSummary,
  ) => {
    const targets = applyEdits(current.plan, current.targets, edits);
    const label = (
      { edit: 'plans.undo.edit', paste: 'plans.undo.paste', reset: 'plans.undo.reset' } as const
    )[kind];
    void change({ plan: current.plan, targets }, label, { name: name(edits[0]!.memberId) }).then(
      (done) => done && summary && notify(pasteSummaryText(t, summary)),
    );
  };

  /** Allocates afresh from today's accounts and team; own targets stay. */
  const reallocateNow = () =>
    void change(current, 'plans.reallocate').then(
      (done) =>
        done &&
        notify(t('plans.reallocated', { count: current.targets.filter((x) => x.manual).length })),
    );

  const saveSettings = (next: SalesPlan) => {
    const old = current.plan.newBusinessDefaults;
    // Members still on the old default for their level follow the new one.
    const targets = current.targets.map((target) => {
      const level = byId.get(target.memberId)?.level ?? 'senior';
      return target.newBusinessPct === old[level]
        ? { ...target, newBusinessPct: next.newBusinessDefaults[level] }
        : target;
    });
    void change({ plan: next, targets }, 'plans.undo.settings').then(
      (done) => done && notify(t('plans.saved')),
    );
  };

  return (
    <div className="plan-workspace">
      <OverAllocationWarning
        teamTargetCents={current.plan.teamTargetCents}
        shown={shown}
        name={(id) => name(id)}
      />
      <div className="plan-toolbar">
        <PlanSummary
          teamTargetCents={current.plan.teamTargetCents}
          shown={shown}
          ramp={ramp}
          redistribute={current.plan.redistributeRamp}
        />
        {planEditable && current.plan.method !== 'manual' && (
          <button type="button" className="button" onClick={reallocateNow}>
            {t('plans.reallocate')}
          </button>
        )}
        <ExportButton
          label={t('plans.export')}
          fileBase={t('plans.exportName', { year: String(plan.fiscalYear), version: plan.version })}
          sheet={t('plans.sheetName', { year: String(plan.fiscalYear), version: plan.version })}
          build={() =>
            planExport(
              shown,
              months,
              (id) => ({ name: name(id), level: byId.get(id)?.level ?? null }),
              t,
            )
          }
        />
      </div>
      <PlanSettingsPanel
        key={JSON.stringify([
          current.plan.id,
          current.plan.teamTargetCents,
          current.plan.method,
          current.plan.mix,
          current.plan.ramp,
          current.plan.redistributeRamp,
          current.plan.newBusinessDefaults,
          locale,
        ])}
        plan={current.plan}
        editable={planEditable}
        onSave={saveSettings}
      />
      <SeasonalityPanel
        snapshot={current}
        members={members}
        actuals={actuals ?? []}
        monthLabels={monthLabels}
        editable={planEditable}
        onChange={(next) => change(next, 'plans.undo.settings')}
        onApplied={(message) => notify(message)}
      />
      <section className="card" aria-labelledby="plan-grid-title">
        <div className="card-header">
          <h2 id="plan-grid-title">{t('plans.grid')}</h2>
          <div className="view-switch" role="radiogroup" aria-label={t('plans.grid.view')}>
            {(['months', 'quarters', 'halves'] as const).map((v) => (
              <button
                key={v}
                type="button"
                role="radio"
                aria-checked={view === v}
                className={view === v ? 'segment active' : 'segment'}
                onClick={() => setView(v)}
              >
                {t(`plans.grid.${v}`)}
              </button>
            ))}
          </div>
        </div>
        <PlanGrid
          rows={rows}
          columns={columns}
          periodLabels={periodLabels}
          totals={totals}
          onEdits={onEdits}
          onProblem={(message) => notify(message, 'error')}
        />
      </section>
      <ApprovalPanel
        snapshot={current}
        members={byId}
        actor={actor}
        onPlanChanged={onPlanChanged}
      />
      <VersionCompare
        plan={current.plan}
        targets={current.targets}
        versions={versions}
        monthLabels={monthLabels}
        name={(id) => name(id)}
      />
      {territories && (
        <RollupPanel targets={shown.members} bases={bases} territories={territories.territories} />
      )}
      <PlanHistory plan={current.plan} name={name} />
    </div>
  );
}

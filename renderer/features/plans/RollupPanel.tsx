import { memo, useMemo } from 'react';
import type { Territory } from '@shared/domain/territory';
import { formatMoney } from '@shared/format/intl';
import { rollUpTargets } from '@shared/planning/rollup';
import { useAfterPaint } from '@renderer/app/after-paint';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { AccountBases } from './use-plan-data';

interface Props {
  targets: ReadonlyArray<{ memberId: string; annualCents: number }>;
  bases: AccountBases;
  territories: Territory[];
}

/** Targets rolled up to territories and regions. */
export function RollupPanel({ targets, bases, territories }: Props) {
  const { t, locale, currency } = useI18n();
  // Below the fold and a pass over every member's territories: after the grid has painted.
  const shownTargets = useAfterPaint(targets);
  const rollup = useMemo(
    () => rollUpTargets(shownTargets, bases.byMemberTerritory, territories),
    [shownTargets, bases, territories],
  );
  const nameOf = new Map(territories.map((x) => [x.id, x.name]));
  return (
    <section className="card" aria-labelledby="plan-rollup-title">
      <h2 id="plan-rollup-title">{t('plans.rollup')}</h2>
      <p className="hint">{t('plans.rollup.hint')}</p>
      <table className="data-table rollup-table">
        <thead>
          <tr>
            <th>{t('plans.rollup.territory')}</th>
            <th className="numeric">{t('plans.rollup.target')}</th>
          </tr>
        </thead>
        <tbody>
          {rollup.rows.map((row) => (
            <RollupLine
              key={row.territoryId}
              name={nameOf.get(row.territoryId) ?? ''}
              depth={row.depth}
              cents={row.targetCents}
              locale={locale}
              currency={currency}
            />
          ))}
          {rollup.unattributedCents > 0 && (
            <tr>
              <th scope="row">{t('plans.rollup.unattributed')}</th>
              <td className="numeric">{formatMoney(rollup.unattributedCents, locale, currency)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </section>
  );
}

/** One territory's line: its own component, so the deferred update can yield between lines. */
const RollupLine = memo(function RollupLine(props: {
  name: string;
  depth: number;
  cents: number;
  locale: string;
  currency: string;
}) {
  return (
    <tr className={props.depth === 0 ? 'rollup-region' : ''}>
      <th scope="row" style={{ paddingLeft: 12 + props.depth * 18 }}>
        {props.name}
      </th>
      <td className="numeric">{formatMoney(props.cents, props.locale, props.currency)}</td>
    </tr>
  );
});

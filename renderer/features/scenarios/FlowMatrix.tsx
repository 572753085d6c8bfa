import { useMemo } from 'react';
import type { TeamMember } from '@shared/domain/team-member';
import { formatMoney, formatNumber } from '@shared/format/intl';
import { flowMatrix, type Flow } from '@shared/scenario/compare';
import { useI18n } from '@renderer/i18n/i18n-context';
import { VirtualTable } from './VirtualTable';

/** How many members the matrix shows (those who move the most); the list below has every flow. */
const MATRIX_MEMBERS = 15;

interface Props {
  flows: readonly Flow[];
  members: readonly TeamMember[];
}

/** Who hands accounts to whom: a member × member table and the list of every flow. */
export function FlowMatrix({ flows, members }: Props) {
  const { t, locale, currency } = useI18n();
  const names = new Map(members.map((m) => [m.id, m.name]));
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : t('accounts.filter.unassigned'));
  const shown = useMemo(() => {
    const volume = new Map<string | null, number>();
    for (const flow of flows) {
      volume.set(flow.from, (volume.get(flow.from) ?? 0) + flow.accounts);
      volume.set(flow.to, (volume.get(flow.to) ?? 0) + flow.accounts);
    }
    const involved = flowMatrix(flows).members;
    return involved
      .sort((a, b) => (volume.get(b) ?? 0) - (volume.get(a) ?? 0) || who(a).localeCompare(who(b)))
      .slice(0, MATRIX_MEMBERS);
  }, [flows]); // eslint-disable-line react-hooks/exhaustive-deps
  const matrix = useMemo(() => flowMatrix(flows), [flows]);
  if (flows.length === 0) return <p className="muted">{t('scenarios.moved.none')}</p>;
  const involvedCount = matrix.members.length;
  return (
    <div className="flow-view">
      <p className="muted">{t('scenarios.flows.lead')}</p>
      {involvedCount > shown.length && (
        <p className="muted">
          {t('scenarios.flows.limited', { shown: shown.length, count: involvedCount })}
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table flow-matrix" aria-label={t('scenarios.flows.matrix')}>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.flows.corner')}</th>
              {shown.map((to) => (
                <th key={String(to)} scope="col" className="numeric">
                  {who(to)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((from) => (
              <tr key={String(from)}>
                <th scope="row">{who(from)}</th>
                {shown.map((to) => {
                  const cell = matrix.cell(from, to);
                  return (
                    <td
                      key={String(to)}
                      className={cell ? 'numeric flow-cell' : 'numeric muted'}
                      title={cell ? formatMoney(cell.potentialCents, locale, currency) : undefined}
                    >
                      {cell ? formatNumber(cell.accounts, locale) : from === to ? '' : '·'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('scenarios.flows.list')}</h3>
      <VirtualTable
        label={t('scenarios.flows.list')}
        rows={flows}
        head={
          <tr>
            <th scope="col">{t('scenarios.col.from')}</th>
            <th scope="col">{t('scenarios.col.to')}</th>
            <th scope="col" className="numeric">
              {t('scenarios.col.accounts')}
            </th>
            <th scope="col" className="numeric">
              {t('scenarios.col.potential')}
            </th>
          </tr>
        }
        row={(flow, index) => (
          <tr key={`${flow.from}→${flow.to}`} aria-rowindex={index + 2}>
            <td>{who(flow.from)}</td>
            <td>{who(flow.to)}</td>
            <td className="numeric">{formatNumber(flow.accounts, locale)}</td>
            <td className="numeric">{formatMoney(flow.potentialCents, locale, currency)}</td>
          </tr>
        )}
      />
    </div>
  );
}

import { useMemo, useState } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import { formatMoney } from '@shared/format/intl';
import { SelectField } from '@renderer/components/SelectField';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { ScenarioComparison } from './use-comparison';
import { ExportButton } from '../csv/ExportButton';
import { movesExport } from './export-moves';
import { VirtualTable } from './VirtualTable';

interface Props {
  accounts: readonly Account[];
  comparison: ScenarioComparison;
  members: readonly TeamMember[];
  /** Keeps an account with the owner it has on the compared side (pinned in the scenario). */
  onKeep: ((accountId: string, memberId: string) => void) | null;
}

/** Every account that changes owner, the most potential first, filterable by member. */
export function MovedAccounts({ accounts, comparison, members, onKeep }: Props) {
  const { t, locale, currency } = useI18n();
  const [member, setMember] = useState('');
  const names = new Map(members.map((m) => [m.id, m.name]));
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : t('accounts.filter.unassigned'));
  const rows = useMemo(() => {
    const from = comparison.base.ownerIds;
    const to = comparison.scenario.ownerIds;
    return comparison.moved
      .filter((i) => !member || from[i] === member || to[i] === member)
      .sort((a, b) => accounts[b]!.potentialCents - accounts[a]!.potentialCents || a - b);
  }, [comparison, member, accounts]);
  const involved = useMemo(() => {
    const ids = new Set<string>();
    for (const flow of comparison.flows) {
      if (flow.from) ids.add(flow.from);
      if (flow.to) ids.add(flow.to);
    }
    return members.filter((m) => ids.has(m.id));
  }, [comparison, members]);
  if (comparison.moved.length === 0) return <p className="muted">{t('scenarios.moved.none')}</p>;
  return (
    <div>
      <div className="toolbar">
        <SelectField
          id="moved-member"
          label={t('scenarios.moved.filter')}
          inline
          value={member}
          onChange={setMember}
          options={[
            { value: '', label: t('scenarios.moved.everyone') },
            ...involved.map((m) => ({ value: m.id, label: m.name })),
          ]}
        />
        <p className="muted" role="status">
          {t('scenarios.moved.count', { count: rows.length })}
        </p>
        <ExportButton
          label={t('scenarios.moved.export')}
          fileBase={t('scenarios.moved.exportName')}
          sheet={t('scenarios.moved.sheetName')}
          disabled={rows.length === 0}
          build={() => movesExport(accounts, rows, comparison, who, t)}
        />
      </div>
      <VirtualTable
        label={t('scenarios.moved.table')}
        rows={rows}
        head={
          <tr>
            <th scope="col">{t('scenarios.col.account')}</th>
            <th scope="col">{t('scenarios.col.postalCode')}</th>
            <th scope="col">{t('scenarios.col.segment')}</th>
            <th scope="col">{t('scenarios.col.status')}</th>
            <th scope="col" className="numeric">
              {t('scenarios.col.potential')}
            </th>
            <th scope="col">{t('scenarios.col.from')}</th>
            <th scope="col">{t('scenarios.col.to')}</th>
            {onKeep && (
              <th scope="col">
                <span className="visually-hidden">{t('scenarios.col.actions')}</span>
              </th>
            )}
          </tr>
        }
        row={(at, index) => {
          const account = accounts[at]!;
          const from = comparison.base.ownerIds[at] ?? null;
          return (
            <tr key={account.id} aria-rowindex={index + 2}>
              <th scope="row">
                {account.name} <span className="muted small">{account.externalId}</span>
              </th>
              <td>
                {account.postalCode} {account.city}
              </td>
              <td>
                {account.strategic
                  ? `${account.segment} · ${t('scenarios.strategic')}`
                  : account.segment}
              </td>
              <td>{t(`accounts.status.${account.status}`)}</td>
              <td className="numeric">{formatMoney(account.potentialCents, locale, currency)}</td>
              <td>{who(from)}</td>
              <td>{who(comparison.scenario.ownerIds[at] ?? null)}</td>
              {onKeep && (
                <td>
                  {from && (
                    <button
                      type="button"
                      className="button small"
                      onClick={() => onKeep(account.id, from)}
                    >
                      {t('scenarios.moved.keep', { name: who(from) })}
                    </button>
                  )}
                </td>
              )}
            </tr>
          );
        }}
      />
    </div>
  );
}

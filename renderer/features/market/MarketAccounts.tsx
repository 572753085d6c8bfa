import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { Account } from '@shared/domain/account';
import { formatMoney, formatPercent } from '@shared/format/intl';
import { penetrationOf, untapped } from '@shared/market/market-rows';
import { SelectField } from '@renderer/components/SelectField';
import { useBusyAction } from '@renderer/app/use-busy-action';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { reassignCommand } from '../accounts/reassign-command';
import { useCommand } from '@renderer/app/use-command';
import { useActingAs } from '@renderer/app/data/use-approvals';
import { ExportButton } from '../csv/ExportButton';
import { callListExport } from '@shared/csv/exports/call-list';
import { draftPlanFor, markNewBusinessTargets } from './new-business-targets';
import type { MarketData } from './use-market-data';

/** How many accounts the list shows (the most under-served first); the call list takes all chosen. */
const SHOWN = 300;

/** The accounts of the chosen group, most untapped potential first, and what to do with them. */
export function MarketAccounts({ data, accounts }: { data: MarketData; accounts: Account[] }) {
  const { t, locale, currency } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const command = useCommand();
  const actingAs = useActingAs();
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [memberId, setMemberId] = useState('');
  const [busy, run] = useBusyAction();
  // Offered only when there is a draft to put the targets in (undefined while it is read).
  const hasDraft = useLiveQuery(
    async () => (await draftPlanFor(data.fiscalYear)) !== null,
    [data.fiscalYear],
  );
  const sorted = useMemo(
    () =>
      [...accounts].sort(
        (a, b) =>
          untapped(b.potentialCents, b.priorYearRevenueCents) -
          untapped(a.potentialCents, a.priorYearRevenueCents),
      ),
    [accounts],
  );
  const shown = sorted.slice(0, SHOWN);
  const selected = sorted.filter((a) => chosen.has(a.id));
  const money = (cents: number) => formatMoney(cents, locale, currency);
  const owner = (id: string | null) => (id ? (data.membersById.get(id)?.name ?? '–') : '–');
  const actor = actingAs ? (data.membersById.get(actingAs) ?? null) : null;
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    setChosen(next);
  };

  const assign = () =>
    run(async () => {
      const outcome = await command(
        reassignCommand([...chosen], memberId),
        (count) => t('market.assigned', { count, name: owner(memberId) }),
        (approver) => t('market.proposed', { approver }),
      );
      if (outcome && outcome.kind !== 'refused') setChosen(new Set());
    });
  const target = () =>
    run(async () => {
      const result = await markNewBusinessTargets(selected, actor, data.fiscalYear);
      if (result.kind === 'no-draft') notify(t('market.targets.noDraft'), 'error');
      else if (result.kind === 'unchanged')
        notify(t('market.targets.unchanged', { skipped: result.skipped }));
      else
        await command(result.command, () =>
          t('market.targets.raised', {
            members: result.members,
            year: result.plan.fiscalYear,
            version: result.plan.version,
            skipped: result.skipped,
          }),
        );
    });

  return (
    <section aria-labelledby="market-accounts-title">
      <h2 id="market-accounts-title" className="visually-hidden">
        {t('market.accounts')}
      </h2>
      <div className="toolbar toolbar-wrap market-actions">
        <span className="muted">{t('market.chosen', { count: chosen.size })}</span>
        <SelectField
          inline
          id="market-assign-to"
          label={t('market.assignTo')}
          value={memberId}
          options={[
            { value: '', label: '–' },
            ...data.members
              .filter((m) => m.active)
              .map((m) => ({
                value: m.id,
                label: `${m.name} (${t(`team.levelShort.${m.level}`)})`,
              })),
          ]}
          onChange={setMemberId}
        />
        <button
          type="button"
          className="button-primary"
          disabled={busy || chosen.size === 0 || !memberId}
          onClick={() => void assign()}
        >
          {t('market.assign')}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || chosen.size === 0 || !hasDraft}
          aria-describedby={hasDraft === false ? 'market-targets-no-draft' : undefined}
          onClick={() => void target()}
        >
          {t('market.targets')}
        </button>
        <ExportButton
          label={t('market.callList')}
          fileBase={t('market.callListName')}
          sheet={t('market.callListSheet')}
          disabled={chosen.size === 0}
          build={() => callListExport(selected, owner, t)}
        />
      </div>
      {hasDraft === false && (
        <p className="hint" id="market-targets-no-draft">
          {t('market.targets.noDraft')}
        </p>
      )}
      {sorted.length > SHOWN && (
        <p className="hint">
          {t('market.accountsLimited', { shown: SHOWN, count: sorted.length })}
        </p>
      )}
      <div className="table-scroll market-scroll">
        <table className="data-table" aria-label={t('market.accounts')}>
          <thead>
            <tr>
              <th>
                <span className="visually-hidden">{t('market.choose')}</span>
              </th>
              <th>{t('market.col.account')}</th>
              <th>{t('market.col.place')}</th>
              <th>{t('market.col.segment')}</th>
              <th>{t('market.col.status')}</th>
              <th>{t('market.col.owner')}</th>
              <th className="numeric">{t('market.col.potential')}</th>
              <th className="numeric">{t('market.col.priorYear')}</th>
              <th className="numeric">{t('market.col.penetration')}</th>
              <th className="numeric">{t('market.col.untapped')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const pen = penetrationOf(a.potentialCents, a.priorYearRevenueCents);
              return (
                <tr key={a.id}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('market.chooseAccount', { name: a.name })}
                      checked={chosen.has(a.id)}
                      onChange={() => toggle(a.id)}
                    />
                  </td>
                  <th scope="row">
                    {a.name} <span className="small muted">{a.externalId}</span>
                  </th>
                  <td>
                    {a.postalCode} {a.city}
                  </td>
                  <td>{a.strategic ? `${a.segment} ★` : a.segment}</td>
                  <td>{t(`accounts.status.${a.status}`)}</td>
                  <td>{owner(a.ownerId)}</td>
                  <td className="numeric">{money(a.potentialCents)}</td>
                  <td className="numeric">{money(a.priorYearRevenueCents)}</td>
                  <td className="numeric">
                    {pen === null ? '–' : formatPercent(pen * 100, locale)}
                  </td>
                  <td className="numeric">
                    {money(untapped(a.potentialCents, a.priorYearRevenueCents))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

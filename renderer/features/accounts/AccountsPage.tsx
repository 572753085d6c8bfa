import { Plus } from 'lucide-react';
import { useCallback, useDeferredValue, useMemo } from 'react';
import {
  CUSTOMER_STATUSES,
  SEGMENTS,
  type CustomerStatus,
  type Segment,
} from '@shared/domain/account';
import { formatNumber } from '@shared/format/intl';
import { useFirstScreenMark } from '@renderer/app/first-screen';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { useTeam } from '@renderer/app/data/use-team';
import { useTerritories } from '@renderer/app/data/use-territories';
import { failureReason } from '@renderer/ipc/error-text';
import {
  EMPTY_FILTER,
  queryAccounts,
  territoryScope,
  UNASSIGNED,
} from '@renderer/app/data/account-query';
import { orderFor, useAccountData } from '@renderer/app/data/account-store';
import { AccountEditor } from './AccountEditor';
import { AccountTable } from './AccountTable';
import { AssignSelected } from './AssignSelected';
import { ColumnChoice } from './ColumnChoice';
import { FilterSelect } from './FilterSelect';
import { ExportButton } from '../csv/ExportButton';
import { ImportButton } from '../csv-import/ImportButton';
import { accountColumns } from '@shared/csv/exports/account-columns';
import { tableExport } from '@shared/csv/exports/table-export';
import { MemberDropTargets } from './MemberDropTargets';
import { AccountsLoading } from '@renderer/components/AccountsLoading';

export function AccountsPage() {
  const { t, locale } = useI18n();
  const data = useAccountData();
  const members = useTeam();
  const territories = useTerritories();
  const filter = useAppStore((s) => s.accountFilter);
  const sort = useAppStore((s) => s.accountSort);
  const setFilter = useAppStore((s) => s.setAccountFilter);
  const selected = useAppStore((s) => s.selectedAccounts);
  const setSelected = useAppStore((s) => s.setSelectedAccounts);
  const editor = useAppStore((s) => s.accountEditor);
  const open = useAppStore((s) => s.openAccount);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  // Typing stays responsive: the 250,000-row filter runs on the deferred text.
  const text = useDeferredValue(filter.text);
  const ready = data.kind === 'ready' && members !== undefined && territories !== undefined;
  useFirstScreenMark(ready);

  const { segment, status, ownerId, territoryId } = filter;
  // Only the deferred text and the other filters count: the typed text alone must not re-filter.
  const rows = useMemo(() => {
    if (data.kind !== 'ready') return new Int32Array(0);
    const order = orderFor(data.data, sort.key);
    return queryAccounts(
      data.data.accounts,
      data.data.search,
      order,
      { text, segment, status, ownerId, territoryId },
      sort.direction,
      territoryId ? territoryScope(territoryId, territories?.territories ?? []) : null,
    );
  }, [data, sort, text, segment, status, ownerId, territoryId, territories]);
  const membersById = useMemo(() => new Map((members ?? []).map((m) => [m.id, m])), [members]);
  // Stable choices and handlers: the filter selects then skip the renders typing causes.
  const segmentOptions = useMemo(() => SEGMENTS.map((s) => ({ value: s, label: s })), []);
  const statusOptions = useMemo(
    () => CUSTOMER_STATUSES.map((s) => ({ value: s, label: t(`accounts.status.${s}`) })),
    [t],
  );
  const ownerOptions = useMemo(
    () => [
      { value: UNASSIGNED, label: t('accounts.filter.unassigned') },
      ...(members ?? []).map((m) => ({ value: m.id, label: m.name })),
    ],
    [members, t],
  );
  const territoryOptions = useMemo(
    () => (territories?.territories ?? []).map((x) => ({ value: x.id, label: x.name })),
    [territories],
  );
  const onSegment = useCallback((segment: Segment | '') => setFilter({ segment }), [setFilter]);
  const onStatus = useCallback((status: CustomerStatus | '') => setFilter({ status }), [setFilter]);
  const onOwner = useCallback((ownerId: string) => setFilter({ ownerId }), [setFilter]);
  const onTerritory = useCallback((territoryId: string) => setFilter({ territoryId }), [setFilter]);
  const total = data.kind === 'ready' ? data.data.accounts.length : 0;

  return (
    <div className={editor.mode === 'closed' ? 'page' : 'page page-with-panel'}>
      <div className="page-main">
        <header className="page-header">
          <div>
            <h1>{t('accounts.title')}</h1>
            {ready && (
              <p className="subtitle" aria-live="polite">
                {t('accounts.subtitle', {
                  shown: formatNumber(rows.length, locale),
                  total: total,
                })}
                {selected.size > 0 && ` · ${t('accounts.selected', { count: selected.size })}`}
              </p>
            )}
          </div>
          <div className="form-actions">
            <ImportButton kind="accounts" />
            <ExportButton
              label={t('accounts.export')}
              fileBase={t('accounts.exportName')}
              sheet={t('accounts.sheetName')}
              disabled={!ready || rows.length === 0}
              build={() =>
                tableExport(
                  data.kind === 'ready' ? Array.from(rows, (i) => data.data.accounts[i]!) : [],
                  accountColumns(t, {
                    territory: (id) => territories?.byId.get(id)?.name ?? '',
                    member: (id) => membersById.get(id)?.name ?? '',
                  }),
                )
              }
            />
            <button
              type="button"
              className="button-primary"
              disabled={readOnly}
              onClick={() => open({ mode: 'new' })}
            >
              <Plus size={16} aria-hidden="true" />
              {t('accounts.add')}
            </button>
          </div>
        </header>

        {data.kind === 'failed' && (
          <p className="banner banner-error" role="alert">
            {t('workspace.error', { message: failureReason(data.error, t) })}
          </p>
        )}
        {!ready && data.kind !== 'failed' && <AccountsLoading />}
        {ready && total === 0 && (
          <section className="empty-state">
            <h2>{t('accounts.empty.title')}</h2>
            <p>{t('accounts.empty.body')}</p>
          </section>
        )}
        {ready && total > 0 && (
          <>
            <div className="toolbar toolbar-wrap">
              <input
                type="search"
                className="input search"
                placeholder={t('accounts.search')}
                aria-label={t('accounts.search')}
                value={filter.text}
                onChange={(e) => setFilter({ text: e.target.value })}
              />
              <FilterSelect
                label={t('accounts.filter.segment')}
                value={filter.segment}
                options={segmentOptions}
                onChange={onSegment}
              />
              <FilterSelect
                label={t('accounts.filter.status')}
                value={filter.status}
                options={statusOptions}
                onChange={onStatus}
              />
              <FilterSelect
                label={t('accounts.filter.owner')}
                value={filter.ownerId}
                options={ownerOptions}
                onChange={onOwner}
              />
              <FilterSelect
                label={t('accounts.filter.territory')}
                value={filter.territoryId}
                options={territoryOptions}
                onChange={onTerritory}
              />
              <button
                type="button"
                className="button-quiet"
                onClick={() => setFilter(EMPTY_FILTER)}
              >
                {t('accounts.filter.clear')}
              </button>
              <button
                type="button"
                className="button-quiet"
                onClick={() =>
                  data.kind === 'ready' &&
                  setSelected(
                    selected.size > 0
                      ? new Set()
                      : new Set(Array.from(rows, (i) => data.data.accounts[i]!.id)),
                  )
                }
              >
                {selected.size > 0 ? t('accounts.selectNone') : t('accounts.selectAll')}
              </button>
              <ColumnChoice />
            </div>
            <AssignSelected members={members} />
            <MemberDropTargets members={members} />
            {rows.length === 0 ? (
              <p className="muted">{t('accounts.noMatch')}</p>
            ) : (
              data.kind === 'ready' && (
                <AccountTable
                  accounts={data.data.accounts}
                  rows={rows}
                  members={membersById}
                  territories={territories.byId}
                />
              )
            )}
          </>
        )}
      </div>
      {editor.mode !== 'closed' && ready && data.kind === 'ready' && (
        <AccountEditor
          key={editor.mode === 'edit' ? editor.accountId : 'new'}
          account={
            editor.mode === 'edit'
              ? data.data.accounts[data.data.indexById.get(editor.accountId) ?? -1]
              : undefined
          }
          data={data.data}
          members={members}
          territories={territories}
        />
      )}
    </div>
  );
}

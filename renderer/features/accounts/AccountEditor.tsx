import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CUSTOMER_STATUSES, SEGMENTS, type Account } from '@shared/domain/account';
import {
  validateAccount,
  type AccountDraft,
  type AccountErrors,
  type AccountField,
} from '@shared/domain/account-validation';
import type { TeamMember } from '@shared/domain/team-member';
import type { Territory } from '@shared/domain/territory';
import type { TerritoryIndex } from '@shared/territory/territory-index';
import { formFields } from '@renderer/components/form-fields';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import type { AccountData } from '@renderer/app/data/account-store';
import { deleteAccountCommand, placeAccount, saveAccountCommand } from './account-repository';
import { useCommand } from '@renderer/app/use-command';
import { AccountHistory } from './AccountHistory';
import { AccountDecisions } from '../decisions/AccountDecisions';

interface Props {
  account: Account | undefined;
  data: AccountData;
  members: readonly TeamMember[];
  territories: { index: TerritoryIndex; byId: ReadonlyMap<string, Territory> };
}

const ORDER: AccountField[] = [
  'externalId',
  'name',
  'postalCode',
  'city',
  'segment',
  'potential',
  'priorYearRevenue',
  'status',
  'satisfaction',
  'pinnedOwnerId',
];

function draftOf(account: Account | undefined, amount: (cents: number) => string): AccountDraft {
  return {
    externalId: account?.externalId ?? '',
    name: account?.name ?? '',
    postalCode: account?.postalCode ?? '',
    city: account?.city ?? '',
    segment: account?.segment ?? 'C',
    strategic: account?.strategic ?? false,
    potential: account ? amount(account.potentialCents) : '',
    priorYearRevenue: account ? amount(account.priorYearRevenueCents) : '',
    status: account?.status ?? 'prospect',
    satisfaction: account?.satisfaction ? String(account.satisfaction) : '',
    pinnedOwnerId: account?.pinnedOwnerId ?? null,
  };
}

export function AccountEditor({ account, data, members, territories }: Props) {
  const { t, language, locale } = useI18n();
  const close = () => open({ mode: 'closed' });
  const open = useAppStore((s) => s.openAccount);
  const run = useCommand();
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const amount = (cents: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(cents / 100);
  const [draft, setDraft] = useState<AccountDraft>(() => draftOf(account, amount));
  const [errors, setErrors] = useState<AccountErrors>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The question opens below the history and decisions: bring it into view and to the keyboard.
  useEffect(() => {
    if (!confirmDelete) return;
    confirmRef.current?.scrollIntoView?.({ block: 'nearest' });
    confirmRef.current?.focus();
  }, [confirmDelete]);
  const formRef = useRef<HTMLFormElement>(null);
  const set = <K extends AccountField>(field: K, value: AccountDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const place = placeAccount(
    { postalCode: draft.postalCode, pinnedOwnerId: null },
    territories.index.territoryOf,
    territories.byId,
  );
  const territoryName = place.territoryId
    ? territories.byId.get(place.territoryId)?.name
    : undefined;
  const territoryOwner =
    members.find((m) => m.id === place.ownerId)?.name ?? t('accounts.filter.unassigned');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = validateAccount(
      draft,
      language,
      (externalId) =>
        data.accounts.some((a) => a.externalId === externalId && a.id !== account?.id),
      (memberId) => members.some((m) => m.id === memberId && m.active),
    );
    if (!result.ok) {
      setErrors(result.errors);
      const first = ORDER.find((f) => result.errors[f]);
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    const outcome = await run(saveAccountCommand(result.account, account?.id ?? null), (saved) =>
      t('accounts.saved', { name: saved.name }),
    );
    if (outcome?.kind === 'applied') close();
  };

  const { props: field, error } = formFields<AccountField>('account', errors, t);
  const text = (
    name: 'externalId' | 'name' | 'postalCode' | 'city' | 'potential' | 'priorYearRevenue',
    label: PlainMessageKey,
    inputMode?: 'numeric' | 'decimal',
  ) => (
    <div className="field">
      <label htmlFor={`account-${name}`}>{t(label)}</label>
      <input
        className="input"
        inputMode={inputMode}
        value={draft[name]}
        onChange={(e) => set(name, e.target.value)}
        {...field(name)}
      />
      {error(name)}
    </div>
  );

  return (
    <aside
      className="side-panel"
      aria-labelledby="account-editor-title"
      onKeyDown={(e) => e.key === 'Escape' && close()}
    >
      <h2 id="account-editor-title">
        {account
          ? t('accounts.form.editTitle', { name: account.name })
          : t('accounts.form.addTitle')}
      </h2>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate>
        {Object.values(errors).some(Boolean) && (
          <p className="banner banner-error" role="alert">
            {t('team.form.hasErrors')}
          </p>
        )}
        <div className="field-row">
          {text('externalId', 'accounts.field.externalId')}
          {text('postalCode', 'accounts.field.postalCode', 'numeric')}
        </div>
        {text('name', 'accounts.field.name')}
        {text('city', 'accounts.field.city')}
        <p className="hint">
          {t('accounts.field.territory', { territory: territoryName ?? t('accounts.none') })}
        </p>
        <div className="field-row">
          <div className="field">
            <label htmlFor="account-segment">{t('accounts.field.segment')}</label>
            <select
              className="input"
              value={draft.segment}
              onChange={(e) => set('segment', e.target.value)}
              {...field('segment')}
            >
              {SEGMENTS.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="account-status">{t('accounts.field.status')}</label>
            <select
              className="input"
              value={draft.status}
              onChange={(e) => set('status', e.target.value)}
              {...field('status')}
            >
              {CUSTOMER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`accounts.status.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <label className="checkbox field">
          <input
            type="checkbox"
            checked={draft.strategic}
            onChange={(e) => set('strategic', e.target.checked)}
          />
          {t('accounts.field.strategic')}
        </label>
        <div className="field-row">
          {text('potential', 'accounts.field.potential', 'decimal')}
          {text('priorYearRevenue', 'accounts.field.priorYearRevenue', 'decimal')}
        </div>
        <div className="field">
          <label htmlFor="account-satisfaction">{t('accounts.field.satisfaction')}</label>
          <select
            className="input"
            value={draft.satisfaction}
            onChange={(e) => set('satisfaction', e.target.value)}
            {...field('satisfaction')}
          >
            <option value="">{t('accounts.field.satisfactionNone')}</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="account-pinnedOwnerId">{t('accounts.field.pin')}</label>
          <select
            className="input"
            value={draft.pinnedOwnerId ?? ''}
            onChange={(e) => set('pinnedOwnerId', e.target.value || null)}
            {...field('pinnedOwnerId')}
          >
            <option value="">{t('accounts.field.pinNone', { owner: territoryOwner })}</option>
            {members
              .filter((m) => m.active)
              .map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name} ({t(`team.levelShort.${m.level}`)})
                </option>
              ))}
          </select>
          {error('pinnedOwnerId')}
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={readOnly}>
            {t('common.save')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
          {account && !confirmDelete && (
            <button
              type="button"
              className="button-danger-quiet"
              disabled={readOnly}
              onClick={() => setConfirmDelete(true)}
            >
              {t('accounts.delete')}
            </button>
          )}
        </div>
      </form>
      {account && <AccountHistory accountId={account.id} members={members} />}
      {account && <AccountDecisions account={account} members={members} />}
      {account && confirmDelete && (
        <section
          className="confirm-panel"
          role="alertdialog"
          aria-labelledby="delete-account-title"
        >
          <p id="delete-account-title">{t('accounts.delete.confirm', { name: account.name })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button-danger"
              ref={confirmRef}
              onClick={() =>
                void run(deleteAccountCommand(account), () =>
                  t('accounts.deleted', { name: account.name }),
                ).then((outcome) => outcome?.kind === 'applied' && close())
              }
            >
              {t('accounts.delete')}
            </button>
            <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      )}
    </aside>
  );
}

import { useState, type FormEvent } from 'react';
import type { Account } from '@shared/domain/account';
import { uniqueName } from '@shared/domain/names';
import type { TeamMember } from '@shared/domain/team-member';
import type { PostalRule, Territory } from '@shared/domain/territory';
import { formatPostalRule } from '@shared/territory/postal-rule';
import { rulesForCodes } from '@shared/territory/rules-for-codes';
import type { TerritoryIndex } from '@shared/territory/territory-index';
import type { PostalMapModel } from '@renderer/app/data/postal-map';
import { useCommand } from '@renderer/app/use-command';
import { SelectField } from '@renderer/components/SelectField';
import { TerritoryEditor } from '@renderer/components/territory/TerritoryEditor';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { ExportButton } from '@renderer/features/csv/ExportButton';
import { callListExport } from '@shared/csv/exports/call-list';
import { untapped } from '@shared/market/market-rows';
import {
  changeTerritoryCommand,
  prepareTerritoryMoves,
  parentForNewTerritory,
  territoryChange,
} from '../territory-commands';

interface Props {
  model: PostalMapModel;
  selected: ReadonlySet<number>;
  onSelect: (areas: number[], how: 'add' | 'clear') => void;
  accountsIn: (areas: Iterable<number>) => number;
  accounts: readonly Account[];
  /** The account store's version (its array is edited in place). */
  version: number;
  /** Every postal code known (map and accounts), ascending. */
  knownCodes: () => readonly string[];
  territories: readonly Territory[];
  index: TerritoryIndex;
  members: readonly TeamMember[];
}

interface Proposal {
  territory: Territory;
  rules: PostalRule[];
  added: PostalRule[];
  held: string[];
  key: number;
}

/**
 * The selection and what to do with it: add areas by typing codes, then assign them to a
 * territory — through the rule editor's own preview, rules and approvals.
 */
export function MapSelection(props: Props) {
  const { model, selected, territories } = props;
  const { t, locale } = useI18n();
  const run = useCommand();
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const selectedId = useAppStore((s) => s.selectedTerritoryId);
  const [typed, setTyped] = useState('');
  const [unknown, setUnknown] = useState<string[]>([]);
  const [target, setTarget] = useState('');
  const [proposal, setProposal] = useState<Proposal | null>(null);

  const selectTyped = (e: FormEvent) => {
    e.preventDefault();
    const tokens = typed.split(/[\s,;]+/).filter(Boolean);
    const found: number[] = [];
    const missing: string[] = [];
    for (const token of tokens) {
      const areas = /^\d{1,5}$/.test(token)
        ? model.map.codes.flatMap((code, i) => (code.startsWith(token) ? [i] : []))
        : [];
      if (areas.length === 0) missing.push(token);
      found.push(...areas);
    }
    setUnknown(missing);
    if (found.length > 0) props.onSelect(found, 'add');
    if (missing.length === 0) setTyped('');
  };

  const propose = async () => {
    let territory = territories.find((x) => x.id === target);
    if (target === 'new') {
      territory = {
        id: crypto.randomUUID(),
        name: uniqueName(
          t('territories.newName'),
          territories.map((x) => x.name),
        ),
        kind: 'territory',
        parentId: parentForNewTerritory(territories, selectedId),
        ownerId: null,
        mentorId: null,
        rules: [],
      };
      const outcome = await run(changeTerritoryCommand(territoryChange(null, territory, [], [])));
      if (outcome?.kind !== 'applied') return;
      setTarget(territory.id);
    }
    if (!territory) return;
    const chosen = new Set([...selected].map((area) => model.map.codes[area]!));
    const { rules, held } = rulesForCodes(chosen, props.knownCodes(), props.index, territory.id);
    setProposal({
      territory,
      rules: [...territory.rules, ...rules],
      added: rules,
      held,
      key: (proposal?.key ?? 0) + 1,
    });
  };

  // The accounts in the selected areas, the largest untapped potential first, as a call list.
  const callList = () => {
    const codes = new Set([...selected].map((area) => model.map.codes[area]!));
    const names = new Map(props.members.map((m) => [m.id, m.name]));
    const chosen = props.accounts
      .filter((a) => codes.has(a.postalCode))
      .sort(
        (a, b) =>
          untapped(b.potentialCents, b.priorYearRevenueCents) -
          untapped(a.potentialCents, a.priorYearRevenueCents),
      );
    return callListExport(chosen, (id) => (id ? (names.get(id) ?? '–') : '–'), t);
  };

  const editorTerritories =
    proposal && !territories.some((x) => x.id === proposal.territory.id)
      ? [...territories, proposal.territory]
      : territories;
  const choices = territories
    .filter((x) => x.kind === 'territory')
    .sort((a, b) => a.name.localeCompare(b.name, locale));

  return (
    <section className="card map-selection" aria-labelledby="map-selection-title">
      <h3 id="map-selection-title">{t('map.selection', { count: selected.size })}</h3>
      {selected.size > 0 && (
        <p className="muted">
          {t('map.selection.accounts', { count: props.accountsIn(selected) })}
        </p>
      )}
      <form className="field" onSubmit={selectTyped}>
        <label htmlFor="map-codes">{t('map.selectCodes')}</label>
        <div className="inline-field">
          <input
            id="map-codes"
            className="input"
            value={typed}
            aria-describedby="map-codes-hint"
            onChange={(e) => setTyped(e.target.value)}
          />
          <button type="submit" className="button" disabled={!typed.trim()}>
            {t('map.selectCodes.button')}
          </button>
        </div>
        <p className="hint" id="map-codes-hint">
          {t('map.selectCodes.hint')}
        </p>
        {unknown.length > 0 && (
          <p className="field-error">
            {t('map.selectCodes.unknown', { codes: unknown.join(', ') })}
          </p>
        )}
      </form>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={selected.size === 0}
          onClick={() => {
            props.onSelect([], 'clear');
            setProposal(null);
          }}
        >
          {t('map.clear')}
        </button>
      </div>
      <div className="map-call-list">
        <ExportButton
          label={t('map.callList')}
          fileBase={t('map.callListName')}
          sheet={t('map.callListSheet')}
          disabled={selected.size === 0}
          build={callList}
        />
      </div>
      <SelectField
        id="map-assign-target"
        label={t('map.assign.to')}
        value={target}
        onChange={(value) => {
          setTarget(value);
          setProposal(null);
        }}
        options={[
          { value: '', label: t('map.assign.choose') },
          ...choices.map((x) => ({ value: x.id, label: x.name })),
          { value: 'new', label: t('map.assign.new') },
        ]}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={selected.size === 0 || !target || readOnly}
          onClick={() => void propose()}
        >
          {t('map.assign.button')}
        </button>
      </div>
      {proposal && (
        <div className="map-proposal" aria-live="polite">
          {proposal.added.length > 0 ? (
            <p>
              {t('map.assign.rules', {
                name: proposal.territory.name,
                rules: proposal.added.map(formatPostalRule).join(', '),
              })}
            </p>
          ) : (
            <p>{t('map.assign.nothing', { name: proposal.territory.name })}</p>
          )}
          {proposal.held.length > 0 && (
            <p className="field-error">
              {t('map.assign.held', {
                count: proposal.held.length,
                codes: proposal.held.slice(0, 8).join(', '),
              })}
            </p>
          )}
          <TerritoryEditor
            key={proposal.key}
            territory={proposal.territory}
            territories={editorTerritories}
            accounts={props.accounts}
            accountsVersion={props.version}
            members={props.members}
            initialRules={proposal.rules}
            onPreview={prepareTerritoryMoves}
            onApply={async (edited, moves, previous) => {
              const outcome = await run(
                changeTerritoryCommand(
                  territoryChange(proposal.territory, edited, moves, previous),
                ),
                () => t('territories.applied', { name: edited.name, count: moves.length }),
              );
              if (outcome?.kind === 'applied' || outcome?.kind === 'proposed') {
                props.onSelect([], 'clear');
                setProposal(null);
              }
              return outcome?.kind === 'applied';
            }}
          />
        </div>
      )}
    </section>
  );
}

import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Account } from '@shared/domain/account';
import type { TeamMember } from '@shared/domain/team-member';
import type { PostalRule, Territory } from '@shared/domain/territory';
import { MAX_NAME_CHARS, nameProblem } from '@shared/domain/names';
import { formatPostalRule, parsePostalRules } from '@shared/territory/postal-rule';
import { previewAssignment, type AssignmentPreview } from '@shared/territory/rule-change-preview';
import { buildTerritoryIndex } from '@shared/territory/territory-index';
import { placementGroupsFor } from '@renderer/app/data/placement-groups';
import { SelectField } from '../SelectField';
import { TerritoryPreview } from './TerritoryPreview';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useAppStore } from '@renderer/store/app-store';
import { whenIdle } from '@renderer/app/when-idle';
import type { Placement } from '@shared/territory/rule-change-preview';

interface Props {
  territory: Territory;
  territories: readonly Territory[];
  accounts: readonly Pick<
    Account,
    'id' | 'postalCode' | 'territoryId' | 'ownerId' | 'pinnedOwnerId'
  >[];
  members: readonly TeamMember[];
  /**
   * Where the edit goes: the live assignment (through the territory command) or a scenario.
   * Gets the accounts that move, and where each was before.
   */
  /**
   * Applies the edit. True when the live data changed: the editor then holds the applied
   * preview until it starts afresh with the saved territory.
   */
  onApply: (
    edited: Territory,
    moves: Placement[],
    previous: Placement[],
  ) => Promise<boolean | void> | void;
  /** Called while the app is idle with a preview's moves, so Apply has less to work out. */
  onPreview?: (moves: Placement[], previous: Placement[]) => void;
  /** Rules to start from instead of the territory's own (the map's proposal). */
  initialRules?: readonly PostalRule[];
  /** The live account store's version: previews then reuse the accounts grouped by code. */
  accountsVersion?: number;
}

/** Edit a territory's owner, mentor and postal rules; see who gains and loses before applying. */
export function TerritoryEditor({
  territory,
  territories,
  accounts,
  members,
  onApply,
  onPreview,
  initialRules,
  accountsVersion,
}: Props) {
  const { t } = useI18n();
  const notify = useAppStore((s) => s.notify);
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const [name, setName] = useState(territory.name);
  const [ownerId, setOwnerId] = useState(territory.ownerId ?? '');
  const [mentorId, setMentorId] = useState(territory.mentorId ?? '');
  const [rulesText, setRulesText] = useState(
    (initialRules ?? territory.rules).map(formatPostalRule).join('\n'),
  );
  const [busy, setBusy] = useState(false);
  const deferredRules = useDeferredValue(rulesText);
  // Mounted afresh (another territory, or after an apply): the preview of 250,000 accounts
  // waits one render, so what the person just did (tree, balance) paints first.
  const settled = useDeferredValue(true, false);
  const deferredOwner = useDeferredValue(ownerId);

  const parsed = useMemo(() => parsePostalRules(deferredRules), [deferredRules]);
  // Once per typed name, not on every render the preview causes (a big team has thousands).
  const nameIssue = useMemo(
    () =>
      nameProblem(
        name,
        territories.filter((x) => x.id !== territory.id).map((x) => x.name),
      ),
    [name, territories, territory.id],
  );
  const edited: Territory = {
    ...territory,
    name: name.trim() || territory.name,
    ownerId: deferredOwner || null,
    mentorId: mentorId || null,
    rules: parsed.rules,
  };
  const unchanged =
    edited.name === territory.name &&
    edited.ownerId === territory.ownerId &&
    edited.mentorId === territory.mentorId &&
    sameRules(parsed.rules, territory.rules);
  // Only rules or an owner that differ from the saved ones move accounts: until then no account
  // is looked at (after an apply or undo the editor starts afresh, and 250,000 accounts would
  // cost the tree's next frame), and the overlaps come from the rules alone.
  const placing =
    deferredOwner !== (territory.ownerId ?? '') || !sameRules(parsed.rules, territory.rules);
  // From Apply on, the preview applied is held: the accounts change (a new version) before the
  // territory does, and recomputing 250,000 placements then would only delay the tree.
  const [held, setHeld] = useState<AssignmentPreview | null>(null);
  const computed = useMemo(
    () =>
      held === null && settled && placing
        ? previewAssignment(
            accountsVersion === undefined
              ? accounts
              : placementGroupsFor(accounts, accountsVersion),
            territories.map((x) =>
              x.id === territory.id
                ? { ...x, ownerId: deferredOwner || null, rules: parsed.rules }
                : x,
            ),
          )
        : null,
    [
      held,
      settled,
      placing,
      accounts,
      accountsVersion,
      territories,
      territory.id,
      deferredOwner,
      parsed.rules,
    ],
  );
  const preview = held ?? computed;
  useEffect(() => {
    if (!onPreview || !computed || computed.changes.length === 0) return;
    return whenIdle(() => onPreview(computed.changes, computed.before), 500);
  }, [onPreview, computed]);
  const savedConflicts = useMemo(
    () => (placing ? [] : buildTerritoryIndex(territories).conflicts),
    [placing, territories],
  );
  const conflicts = (preview?.conflicts ?? savedConflicts).filter(
    (c) => c.first.territoryId === territory.id || c.second.territoryId === territory.id,
  );

  const apply = async () => {
    setBusy(true);
    try {
      if (placing && !preview) return;
      setHeld(preview);
      const changed = await onApply(
        { ...edited, ownerId: ownerId || null },
        preview?.changes ?? [],
        preview?.before ?? [],
      );
      if (changed !== true) setHeld(null);
    } catch (error) {
      // Nothing was applied: the preview follows the data again.
      setHeld(null);
      notify(String(error), 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card territory-editor" aria-labelledby="territory-editor-title">
      <h2 id="territory-editor-title">{t('territories.edit.title', { name: territory.name })}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor="territory-name">{t('territories.field.name')}</label>
          <input
            id="territory-name"
            className="input"
            value={name}
            aria-invalid={nameIssue ? true : undefined}
            aria-describedby={nameIssue ? 'territory-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {nameIssue && (
            <p className="field-error" id="territory-name-error">
              {t(`names.problem.${nameIssue}`, { max: MAX_NAME_CHARS })}
            </p>
          )}
        </div>
        <SelectField
          id="territory-owner"
          label={t('territories.field.owner')}
          value={ownerId}
          onChange={setOwnerId}
          options={[
            { value: '', label: t('territories.field.ownerNone') },
            ...members
              .filter((m) => m.active)
              .map((m) => ({
                value: m.id,
                label: `${m.name} (${t(`team.levelShort.${m.level}`)})`,
              })),
          ]}
        />
      </div>
      <SelectField
        id="territory-mentor"
        label={t('territories.field.mentor')}
        value={mentorId}
        onChange={setMentorId}
        options={[
          { value: '', label: t('territories.field.mentorNone') },
          ...members
            .filter((m) => m.active && m.level === 'senior')
            .map((m) => ({ value: m.id, label: m.name })),
        ]}
      />
      <div className="field">
        <label htmlFor="territory-rules">{t('territories.field.rules')}</label>
        <textarea
          id="territory-rules"
          className="input rules-input"
          rows={5}
          value={rulesText}
          aria-invalid={parsed.problems.length > 0 ? true : undefined}
          aria-describedby="territory-rules-hint"
          onChange={(e) => setRulesText(e.target.value)}
        />
        <p className="hint" id="territory-rules-hint">
          {t('territories.field.rulesHint')}
        </p>
        {parsed.problems.map(({ rule, problem }) => (
          <p key={rule} className="field-error">
            {t('territories.rule.error', {
              rule,
              reason: t(`territories.rule.${problem}` as PlainMessageKey),
            })}
          </p>
        ))}
      </div>
      <TerritoryPreview
        problems={parsed.problems.length > 0}
        placing={placing}
        preview={preview}
        conflicts={conflicts}
        edited={edited}
        territories={territories}
        members={members}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={
            busy ||
            (placing && !preview) ||
            readOnly ||
            unchanged ||
            parsed.problems.length > 0 ||
            nameIssue !== null ||
            rulesText !== deferredRules ||
            ownerId !== deferredOwner
          }
          onClick={() => void apply()}
        >
          {t('territories.apply')}
        </button>
      </div>
    </section>
  );
}

const sameRules = (a: readonly PostalRule[], b: readonly PostalRule[]) =>
  a.map(formatPostalRule).join() === b.map(formatPostalRule).join();

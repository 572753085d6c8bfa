import { useEffect, useRef, useState } from 'react';
import {
  mappingNames,
  restoreMapping,
  type ColumnMapping,
} from '@shared/csv/import/column-mapping';
import { IMPORT_FIELDS, type ImportKind } from '@shared/csv/import/import-kinds';
import type { TeamMember } from '@shared/domain/team-member';
import { commitImport, type CommitResult } from './commit-import';
import { useSettings } from '@renderer/db/settings';
import { convertFile, ImportCancelled, inspectFile, type RunningTask } from './import-client';
import {
  loadRememberedMapping,
  loadRememberedValues,
  rememberMapping,
  rememberValues,
} from './remembered-mapping';
import { valueKey } from '@shared/csv/import/value-words';
import type { ValueMapping } from '@shared/csv/import/value-mapping';
import { accountIdentity, type AccountIdentity } from '@shared/csv/import/account-identity';
import { db } from '@renderer/db/db';
import type { Conversion, Inspection, ReadOptions } from './worker-protocol';

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'inspecting' }
  | { kind: 'ready' }
  | { kind: 'checking'; fraction: number }
  | { kind: 'checked'; conversion: Conversion }
  | { kind: 'committing'; fraction: number; conversion: Conversion };

export type ImportOutcome =
  | { kind: 'done'; result: CommitResult }
  | { kind: 'cancelled' }
  | { kind: 'failed'; stage: 'read' | 'save'; error: unknown };

/**
 * One import from file to database: inspect the head, map the columns, check the whole file
 * in a worker, store in one transaction. Each long step can be cancelled; nothing is written
 * before the last one, and the last one writes everything or nothing.
 */
export function useImport(team: readonly TeamMember[], today: string, initialKind: ImportKind) {
  const actingAs = useSettings()?.actingAs ?? '';
  const acting = actingAs ? team.find((m) => m.id === actingAs) : undefined;
  const actor = acting
    ? { id: acting.id, level: acting.level, supervisorId: acting.supervisorId }
    : null;
  const [kind, setKindState] = useState<ImportKind>(initialKind);
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [style, setStyle] = useState<'de' | 'en'>('de');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [values, setValues] = useState<ValueMapping>({});
  // A file without customer numbers: the user's choice to have them made, and what it needs.
  const [makeNumbers, setMakeNumbersState] = useState(false);
  const [identity, setIdentity] = useState<AccountIdentity | undefined>(undefined);
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const task = useRef<RunningTask<unknown> | null>(null);
  const cancelled = useRef(false);
  // Leaving the screen stops a worker still reading or checking (a commit runs to its end).
  useEffect(() => () => task.current?.cancel(), []);

  const remap = async (nextKind: ImportKind, header: string[]) => {
    const remembered = await loadRememberedMapping(nextKind).catch(() => ({}));
    setMapping(restoreMapping(header, IMPORT_FIELDS[nextKind], remembered));
    setValues(await loadRememberedValues(nextKind).catch(() => ({})));
  };

  const inspect = async (next: File, options: Partial<ReadOptions> = {}) => {
    // A check still running belongs to the file before: stop it, so its answer cannot land
    // on this file's screen (and a later check cannot mix that file's reading with this one).
    task.current?.cancel();
    setFile(next);
    setOutcome(null);
    setPhase({ kind: 'inspecting' });
    const running = inspectFile(next, options);
    task.current = running;
    try {
      const result = await running.result;
      if (task.current !== running) return;
      // The accounts here may have changed since numbers were last planned (an import).
      if (makeNumbers) setIdentity(accountIdentity(await db.accounts.toArray()));
      const sameColumns = inspection?.header.join('\u0000') === result.header.join('\u0000');
      setInspection(result);
      setStyle(result.style);
      // Reading the same file differently keeps the user's column choices when the columns stay.
      if (!sameColumns || next !== file) await remap(kind, result.header);
      if (task.current !== running) return;
      setPhase({ kind: 'ready' });
    } catch (error) {
      if (task.current !== running) return;
      setInspection(null);
      setPhase({ kind: 'idle' });
      if (!(error instanceof ImportCancelled)) setOutcome({ kind: 'failed', stage: 'read', error });
    }
  };

  const setKind = (next: ImportKind) => {
    setKindState(next);
    if (inspection) void remap(next, inspection.header);
    if (phase.kind === 'checked') setPhase({ kind: 'ready' });
  };

  const changeMapping = (field: string, column: number | null) => {
    setMapping((current) => ({ ...current, [field]: column }));
    if (phase.kind === 'checked') setPhase({ kind: 'ready' });
  };

  /** The user's answer for a value the app could not place ('' takes the answer back). */
  const changeValue = (field: string, written: string, value: string) => {
    setValues((current) => {
      const answers = { ...current[field] };
      if (value) answers[valueKey(written)] = value;
      else delete answers[valueKey(written)];
      return { ...current, [field]: answers };
    });
    if (phase.kind === 'checked') setPhase({ kind: 'ready' });
  };

  const setMakeNumbers = async (on: boolean) => {
    setMakeNumbersState(on);
    setIdentity(on ? accountIdentity(await db.accounts.toArray()) : undefined);
    if (phase.kind === 'checked') setPhase({ kind: 'ready' });
  };

  const changeStyle = (next: 'de' | 'en') => {
    setStyle(next);
    if (phase.kind === 'checked') setPhase({ kind: 'ready' });
  };

  const check = async () => {
    if (!file || !inspection) return;
    setOutcome(null);
    setPhase({ kind: 'checking', fraction: 0 });
    const running = convertFile(
      {
        file,
        options: {
          encoding: inspection.encoding,
          separator: inspection.separator,
          quotesOff: inspection.quotesOff ?? false,
          ...(inspection.sheet ? { sheet: inspection.sheet } : {}),
        },
        kind,
        mapping,
        context: {
          style,
          team: [...team],
          today,
          actor,
          values,
          ...(makeNumbers && kind === 'accounts' && mapping.externalId == null
            ? // Known accounts are read when numbering is chosen and again for each new file.
              { identity: identity ?? accountIdentity(await db.accounts.toArray()) }
            : {}),
        },
      },
      (fraction) => setPhase({ kind: 'checking', fraction }),
    );
    task.current = running;
    try {
      const conversion = await running.result;
      if (task.current !== running) return;
      setPhase({ kind: 'checked', conversion });
    } catch (error) {
      // Superseded by another file (its reading cancelled this check): nothing to say here.
      if (task.current !== running) return;
      setPhase({ kind: 'ready' });
      setOutcome(
        error instanceof ImportCancelled
          ? { kind: 'cancelled' }
          : { kind: 'failed', stage: 'read', error },
      );
    }
  };

  const commit = async () => {
    if (phase.kind !== 'checked' || !inspection) return;
    const { conversion } = phase;
    cancelled.current = false;
    setPhase({ kind: 'committing', fraction: 0, conversion });
    try {
      const result = await commitImport(kind, conversion.records, {
        onProgress: (fraction) => setPhase({ kind: 'committing', fraction, conversion }),
        isCancelled: () => cancelled.current,
      });
      await rememberMapping(kind, mappingNames(inspection.header, mapping)).catch(() => undefined);
      await rememberValues(kind, values).catch(() => undefined);
      setOutcome({ kind: 'done', result });
      setPhase({ kind: 'idle' });
      setFile(null);
      setInspection(null);
    } catch (error) {
      setPhase({ kind: 'checked', conversion });
      setOutcome(
        error instanceof ImportCancelled
          ? { kind: 'cancelled' }
          : { kind: 'failed', stage: 'save', error },
      );
    }
  };

  /** Reads the same file again with quotes as plain text (a stray quote swallowed rows). */
  const readWithQuotesOff = () => {
    if (!file || !inspection) return;
    void inspect(file, {
      encoding: inspection.encoding,
      separator: inspection.separator,
      quotesOff: true,
    });
  };

  const cancel = () => {
    cancelled.current = true;
    task.current?.cancel();
  };

  return {
    kind,
    setKind,
    file,
    inspect,
    inspection,
    style,
    setStyle: changeStyle,
    mapping,
    setMapping: changeMapping,
    values,
    setValue: changeValue,
    makeNumbers,
    setMakeNumbers,
    identity: makeNumbers && mapping.externalId == null ? identity : undefined,
    phase,
    outcome,
    check,
    readWithQuotesOff,
    commit,
    cancel,
  };
}

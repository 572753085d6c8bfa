import { clock } from '@renderer/app/clock';
import { FileUp } from 'lucide-react';
import { useMemo } from 'react';
import { IMPORT_KINDS, missingRequired, type ImportKind } from '@shared/csv/import/import-kinds';
import { formatNumber } from '@shared/format/intl';
import { saveFailureText } from '@renderer/db/storage-errors';
import { ImportRefused } from './commit-import';
import { failureReason } from '@renderer/ipc/error-text';
import { useI18n } from '@renderer/i18n/i18n-context';
import type { PlainMessageKey } from '@shared/i18n/translate';
import { useAppStore } from '@renderer/store/app-store';
import { useTeam } from '@renderer/app/data/use-team';
import { ImportPreview } from './ImportPreview';
import { FileProblem, ReadNotes } from './FileProblem';
import { ImportProblems } from './ImportProblems';
import { ValueStep } from './ValueStep';
import { ImportProgress } from './ImportProgress';
import { MakeNumbers, NumbersMade } from './MakeNumbers';
import { MappingTable } from './MappingTable';
import { ReadOptionsFields } from './ReadOptionsFields';
import { useImport } from './use-import';

type Key = PlainMessageKey;

/** Import from CSV or an Excel workbook: choose the file, check how it is read and mapped, preview, store. */
export function ImportPage() {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const members = useTeam();
  const readOnly = useAppStore((s) => s.workspace.kind === 'read-only');
  const today = clock.today();
  const team = useMemo(() => members ?? [], [members]);
  const initialKind = useAppStore((s) => s.importKind);
  const job = useImport(team, today, initialKind);
  const { inspection, phase } = job;
  const busy =
    phase.kind === 'inspecting' || phase.kind === 'checking' || phase.kind === 'committing';
  const context = useMemo(
    () => ({ style: job.style, team, today, values: job.values, identity: job.identity }),
    [job.style, team, today, job.values, job.identity],
  );
  const names = useMemo(() => new Map(team.map((m) => [m.id, m.name])), [team]);
  const memberName = (id: string | null) => (id ? (names.get(id) ?? '–') : '–');
  const missing = missingRequired(job.kind, job.mapping, job.makeNumbers);

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="subtitle">{t('import.subtitle')}</p>
        </div>
      </header>

      <section className="card" aria-labelledby="import-file-title">
        <h2 id="import-file-title">{t('import.file')}</h2>
        <fieldset className="segmented" aria-label={t('import.kind')} disabled={busy}>
          {IMPORT_KINDS.map((kind) => (
            <label key={kind} className={kind === job.kind ? 'segmented-on' : undefined}>
              <input
                type="radio"
                name="import-kind"
                value={kind}
                checked={kind === job.kind}
                onChange={() => job.setKind(kind as ImportKind)}
              />
              {t(`import.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <div className="field file-field">
          {/* The native control speaks the browser's language; this label speaks the app's. */}
          <input
            id="import-file"
            className="visually-hidden file-input"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void job.inspect(file);
            }}
          />
          <label htmlFor="import-file" className="button" aria-disabled={busy || undefined}>
            <FileUp size={16} aria-hidden="true" />
            {t('import.file.choose')}
          </label>
          {job.file && (
            <span className="hint">
              {t('import.file.chosen', {
                name: job.file.name,
                size: `${formatNumber(Math.ceil(job.file.size / 1024), locale)} KB`,
              })}
            </span>
          )}
        </div>
        {phase.kind === 'inspecting' && (
          <p className="muted" role="status">
            {t('import.reading')}
          </p>
        )}
        {inspection && job.file && (
          <ReadOptionsFields
            inspection={inspection}
            style={job.style}
            disabled={busy}
            reread={(options) => void job.inspect(job.file!, options)}
            setStyle={job.setStyle}
          />
        )}
      </section>

      {inspection && job.file && (
        <section className="card" aria-labelledby="import-mapping-title">
          <h2 id="import-mapping-title">{t('import.mapping')}</h2>
          <p className="hint">{t('import.mapping.hint')}</p>
          <MappingTable
            kind={job.kind}
            header={inspection.header}
            mapping={job.mapping}
            disabled={busy}
            onChange={job.setMapping}
          />
          {job.kind === 'accounts' && job.mapping.externalId == null && (
            <MakeNumbers
              checked={job.makeNumbers}
              disabled={busy}
              onChange={(on) => void job.setMakeNumbers(on)}
            />
          )}
          {missing.length > 0 && (
            <p className="field-error" role="alert">
              {t('import.missing', {
                fields: missing.map((f) => t(`import.field.${f}` as Key)).join(', '),
              })}
            </p>
          )}
          <ImportPreview
            kind={job.kind}
            sample={inspection.sample}
            lines={inspection.sampleLines}
            mapping={job.mapping}
            context={context}
            memberName={memberName}
            showProblems={phase.kind !== 'checked' && phase.kind !== 'committing'}
          />
          <p className="hint">{t('import.allOrNothing')}</p>
          <div className="form-actions">
            {phase.kind === 'checking' ? (
              <ImportProgress
                label={t('import.checking', { percent: Math.round(phase.fraction * 100) })}
                fraction={phase.fraction}
                onCancel={job.cancel}
              />
            ) : phase.kind === 'committing' ? (
              <ImportProgress
                label={t('import.committing')}
                fraction={phase.fraction}
                onCancel={job.cancel}
              />
            ) : (
              <button
                type="button"
                className={phase.kind === 'checked' ? 'button' : 'button-primary'}
                disabled={busy || missing.length > 0}
                onClick={() => void job.check()}
              >
                {t('import.check')}
              </button>
            )}
            {phase.kind === 'checked' && (
              <button
                type="button"
                className="button-primary"
                disabled={readOnly || phase.conversion.records.length === 0}
                onClick={() => void job.commit()}
              >
                {t('import.commit', {
                  count: formatNumber(phase.conversion.records.length, locale),
                })}
              </button>
            )}
          </div>
          {inspection.problem && phase.kind !== 'checked' && (
            <FileProblem problem={inspection.problem} onQuotesOff={job.readWithQuotesOff} />
          )}
          {phase.kind === 'checked' && phase.conversion.problem && (
            <FileProblem problem={phase.conversion.problem} onQuotesOff={job.readWithQuotesOff} />
          )}
          {(phase.kind === 'checked' || phase.kind === 'committing') && (
            <>
              <ReadNotes notes={phase.conversion.notes} />
              <NumbersMade numbers={phase.conversion.numbers} />
              {phase.conversion.unplaced.length > 0 && (
                <ValueStep
                  kind={job.kind}
                  unplaced={phase.conversion.unplaced}
                  values={job.values}
                  onChange={job.setValue}
                />
              )}
              {phase.conversion.postalZeros > 0 && (
                <p role="status" data-testid="postal-zeros">
                  {t('import.warnings.postalZero', { count: phase.conversion.postalZeros })}
                </p>
              )}
              <p role="status">
                {phase.conversion.rowCount === 0
                  ? t('import.noRows')
                  : t('import.checked', {
                      rows: formatNumber(phase.conversion.rowCount, locale),
                      valid: formatNumber(phase.conversion.records.length, locale),
                    })}
              </p>
              <ImportProblems
                id="import-file-problems"
                errors={phase.conversion.errors}
                total={phase.conversion.errorCount}
              />
              <ImportProblems
                id="import-file-warnings"
                errors={phase.conversion.warnings}
                total={phase.conversion.warningCount}
                warnings
              />
            </>
          )}
        </section>
      )}

      {job.outcome && (
        <p
          className={`banner ${job.outcome.kind === 'failed' ? 'banner-error' : 'banner-info'}`}
          role={job.outcome.kind === 'failed' ? 'alert' : 'status'}
        >
          {job.outcome.kind === 'done'
            ? t('import.done', {
                created: formatNumber(job.outcome.result.created, locale),
                updated: formatNumber(job.outcome.result.updated, locale),
              })
            : job.outcome.kind === 'cancelled'
              ? t('import.cancelled')
              : job.outcome.stage === 'save'
                ? job.outcome.error instanceof ImportRefused
                  ? t(job.outcome.error.reason)
                  : t('import.failed', { reason: saveFailureText(job.outcome.error, t) })
                : t('import.unreadable', { reason: failureReason(job.outcome.error, t) })}
        </p>
      )}
    </div>
  );
}

import { MAX_COLUMNS } from '@shared/csv/csv-records';
import type { FileNote } from '@shared/csv/import/check-file';
import { useT } from '@renderer/i18n/i18n-context';
import type { FileProblem as Problem } from './worker-protocol';

const ENCODING_NAMES = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1252': 'Windows-1252',
} as const;

/** Why nothing of the file can be imported, where, and what to do about it. */
export function FileProblem({
  problem,
  onQuotesOff,
}: {
  problem: Problem;
  onQuotesOff: () => void;
}) {
  const t = useT();
  const text =
    problem.kind === 'open-quote'
      ? t('import.problem.open-quote', { line: problem.line })
      : problem.kind === 'stray-quote'
        ? t('import.problem.stray-quote', { line: problem.line, closedAt: problem.closedAt })
        : problem.kind === 'too-many-columns'
          ? t('import.problem.too-many-columns', { line: problem.line, max: MAX_COLUMNS })
          : problem.kind === 'line-too-long'
            ? t('import.problem.line-too-long', { line: problem.line })
            : problem.kind === 'workbook'
              ? t(`import.problem.workbook.${problem.reason}`)
              : t('import.problem.encoding', {
                  line: problem.line,
                  encoding: ENCODING_NAMES[problem.encoding],
                });
  const quotes = problem.kind === 'open-quote' || problem.kind === 'stray-quote';
  return (
    <div className="banner banner-error" role="alert" data-testid="file-problem">
      <p>{text}</p>
      {quotes && (
        <button type="button" className="button" onClick={onQuotesOff}>
          {t('import.quotesOff')}
        </button>
      )}
    </div>
  );
}

/** What reading changed in the file (never silently). */
export function ReadNotes({ notes }: { notes: readonly FileNote[] }) {
  const t = useT();
  if (!notes.length) return null;
  return (
    <ul className="hint" data-testid="read-notes">
      {notes.slice(0, 50).map((note, i) => (
        <li key={i}>
          {note.kind === 'control-characters'
            ? t('import.notes.control', { line: note.line })
            : note.kind === 'windows-1252'
              ? t('import.notes.windows1252', { line: note.line })
              : t('import.notes.separatorLine', { line: note.line })}
        </li>
      ))}
    </ul>
  );
}

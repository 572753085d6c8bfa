import { ImageDown, Table2 } from 'lucide-react';
import { useCallback, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@renderer/i18n/i18n-context';
import { useSavePicture } from '@renderer/components/picture/use-save-picture';
import { chartPng, type LegendEntry } from './chart-picture';
import { useInView } from './use-in-view';

interface Props {
  title: string;
  /** What the chart shows, in a sentence (also its accessible description). */
  description: string;
  /** File name base for the PNG, in the UI language. */
  fileBase: string;
  legend: readonly LegendEntry[];
  /** Null: nothing to chart (the empty state says why). */
  empty: string | null;
  chart: ReactNode;
  /** The table alternative, built only when shown (hundreds of formatted rows otherwise). */
  table: () => ReactNode;
  /** A line under the chart (e.g. "the 40 furthest from plan of 500; the table lists all"). */
  note?: string;
  /** Draw at once, not when scrolled into view (a chart at the top, or one to be printed). */
  eager?: boolean;
}

/**
 * A chart with its title, a description, a table alternative (for screen readers and for
 * reading exact numbers) and "Save as PNG" through main's save dialog.
 */
export function ChartCard({
  title,
  description,
  fileBase,
  legend,
  empty,
  chart,
  table,
  note,
  eager,
}: Props) {
  const { t } = useI18n();
  const id = useId();
  const frame = useRef<HTMLDivElement>(null);
  const [asTable, setAsTable] = useState(false);
  const [watch, inView] = useInView(eager);
  const setFrame = useCallback(
    (element: HTMLDivElement | null) => {
      frame.current = element;
      watch(element);
    },
    [watch],
  );
  const { busy, save } = useSavePicture();
  const savePng = () =>
    frame.current && save(fileBase, () => chartPng(frame.current!, title, legend));

  return (
    <section className="card chart-card" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`}>{title}</h2>
        {empty === null && (
          <div className="form-actions no-print">
            <button
              type="button"
              className="button-quiet"
              aria-pressed={asTable}
              onClick={() => setAsTable(!asTable)}
            >
              <Table2 size={16} aria-hidden="true" />
              {t('perf.chart.asTable')}
            </button>
            <button
              type="button"
              className="button-quiet"
              disabled={busy || asTable}
              onClick={() => void savePng()}
            >
              <ImageDown size={16} aria-hidden="true" />
              {t('perf.chart.savePng')}
            </button>
          </div>
        )}
      </div>
      <p className="muted" id={`${id}-desc`}>
        {description}
      </p>
      {empty !== null ? (
        <div className="empty-state chart-empty">
          <p>{empty}</p>
        </div>
      ) : asTable ? (
        <div className="table-scroll chart-table">{table()}</div>
      ) : (
        <div
          ref={setFrame}
          className="chart"
          role="img"
          aria-label={title}
          aria-describedby={`${id}-desc`}
        >
          {inView ? chart : <div className="chart-placeholder" />}
          {legend.length > 0 && (
            <ul className="chart-legend" aria-hidden="true">
              {legend.map((entry) => (
                <li key={entry.label}>
                  <span className="legend-swatch" style={{ background: entry.color }} />
                  {entry.label}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {note && empty === null && <p className="hint">{note}</p>}
    </section>
  );
}

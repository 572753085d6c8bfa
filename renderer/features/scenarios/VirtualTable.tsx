import { useRef, type ReactNode } from 'react';
import { useVirtualRows } from '@renderer/components/use-virtual-rows';

interface Props<T> {
  label: string;
  rows: readonly T[];
  /** The header row(s). */
  head: ReactNode;
  /** One row (a <tr> with its key; `index` is its place in `rows`). */
  row: (item: T, index: number) => ReactNode;
}

/** A scrolling table that paints only the rows in view: 100,000 moved accounts paint like 15. */
export function VirtualTable<T>({ label, rows, head, row }: Props<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { items, padTop, padBottom } = useVirtualRows(rows.length, scrollRef);
  return (
    <div className="table-scroll scenario-scroll" ref={scrollRef}>
      <table className="data-table" aria-label={label} aria-rowcount={rows.length + 1}>
        <thead>{head}</thead>
        <tbody>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {items.map(({ index }) => row(rows[index]!, index))}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
      </table>
    </div>
  );
}

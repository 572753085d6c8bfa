import type { Row } from './figures';
import { BASELINE } from './rail';

/** What was measured, in words: times, a ratio to the baseline, or a value. */
export function measuredText(row: Row): string {
  if (row.status === 'not built') return 'not built';
  if (row.baseline === BASELINE)
    return `p50 ${row.p50_ms} ms · p95 ${row.p95_ms} ms · ratio ${row.ratio} (p95 ÷ ${BASELINE} p50 ${row.baseline_p50_ms} ms)`;
  if (row.ratio !== undefined && row.p50_ms === undefined)
    return `ratio ${row.ratio}: ${row.value} ${row.unit ?? ''} (${row.baseline})`;
  if (row.ratio !== undefined)
    return `ratio ${row.ratio} (${row.p50_ms} ms vs baseline ${row.baseline_p50_ms} ms)`;
  if (row.p50_ms !== undefined)
    return `p50 ${row.p50_ms} ms · p95 ${row.p95_ms} ms${row.value === undefined && row.unit ? ` (${row.unit})` : ''}`;
  return `${row.value} ${row.unit ?? ''}`.trim();
}

/** A readable table of the results on stdout. */
export function printTable(result: {
  machine: Record<string, unknown>;
  mode: string;
  cpuSlowdown?: number;
  rows: Row[];
}): void {
  const lines = result.rows.map((row) => [
    row.id,
    row.size,
    measuredText(row),
    row.target,
    row.met === null ? '—' : row.met ? 'met' : 'MISSED',
  ]);
  const header = ['figure', 'size', 'measured', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const machine = result.machine;
  console.log(
    `\nBenchmark (${result.mode}) on ${machine.cores} cores, ${machine.cpu}, ${machine.chromium}, Node ${machine.node}` +
      (result.cpuSlowdown ? `, pages on a CPU slowed ${result.cpuSlowdown}×` : ''),
  );
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const line of lines) console.log(format(line));
}

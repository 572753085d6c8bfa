import { writeFileSync } from 'node:fs';
import type { Row } from './figures';
import { measuredText } from './print-table';

/** What each figure measures, as the generated page explains it (kept with the generator). */
const WHAT_IS_MEASURED = `## What each figure measures

- \`startup.cold\`: navigation start to the first screen showing its data, plus one painted
  frame. \`startup.reconcile\`: what the start-up check between IndexedDB and the data folder
  adds.
- Interactions are timed inside the page from the input event to the end of the paint of the
  first frame that shows the result (the change is checked in each frame's
  requestAnimationFrame callback; a message posted there arrives after that frame's style,
  layout and paint). \`interaction.baseline\`: the same for a trivial state change on the same
  page — opening the accounts table's Columns menu. The interaction figures held to RAIL's
  budgets (50 ms; dashboard and charts 100 ms; scroll frames 16.7 ms) also give their
  \`ratio\`: p95 ÷ the baseline's p50 in the same run, comparable from machine to machine.
- \`team.open\`: click to the painted team screen with its member rows (not the heading
  over a loading state). \`accounts.load\`: the first open of the accounts screen, click to the
  painted first rows (every account read from IndexedDB), as a ratio to one plain IndexedDB
  \`getAll\` of the same table in the same page; \`accounts.load_longtask\`: the longest
  main-thread task meanwhile. \`accounts.filter\`, \`accounts.sort\`,
  \`accounts.scroll\`: typing a search, sorting by potential, each to the painted
  result; scrolling a page: the longest frame until the new rows are painted, from the frame's
  start to the end of its paint. \`memory.heap\`: the renderer's JavaScript heap with the accounts loaded.
- \`territory.reassign_prefix\`: Apply of a rule change that moves the busiest two-digit prefix to
  a neighbouring territory, to the repainted tree and balance. \`balance.switch_metric\`: click to
  the repainted balance. \`plan.reallocate\`: Enter on a typed January target to the re-allocated,
  repainted member × month grid. These are timed on a settled app: the previous step is saved and
  the main thread idle.
- \`journal.longtask\`: the longest main-thread task while member edits are saved and written
  through to disk (the harness first proves the observer sees a deliberate 80 ms task).
  \`snapshot.write\`: a full atomic snapshot in the main-process service (Node).
- \`dashboard.render\`: navigation to the Performance dashboard painted with its figures and the
  cumulative chart (five years of actuals). \`chart.render\`: the charts tab to its first painted
  chart, then scrolling to each further chart until its SVG is painted (charts below are drawn
  ahead while the app is idle, so a chart may already be there). \`chart.longtask\`: the longest
  main-thread task from opening the tab until all six are drawn. \`variance.report\`: the report
  tab to the painted report for all members.
- \`market.view\`: navigation to the painted white-space table of all accounts;
  \`market.regroup\`: another grouping to the repainted table.
- \`map.open\`: navigation to the territory map painted in territory colours (the map data is
  loaded once, on the first open); \`map.recolour\`: another colouring to the repainted map;
  \`map.pan\`, \`map.zoom\`: an arrow or +/− key to the painted frame; \`map.select_assign\`:
  "Änderung zeigen" for about 200 selected postal areas to the painted preview of who moves.
  \`map.data_gzip\`: the postal-area map's chunk, gzipped (fetched when a map first opens).
- \`autobalance.time\`: "Propose a scenario" to the painted explanation (problem built on the main
  thread, balanced in the worker, saved and compared). \`autobalance.longtask\`: the longest
  main-thread task meanwhile. \`autobalance.imbalance_vs_bound\` and
  \`autobalance.disruption_ratio\` run the balancer in Node: the largest deviation after balancing
  against the lower bound the account sizes allow, and the accounts moved against the least any
  proposal must move into the same member bands — HiGHS's optimum where it ran on that problem,
  else the proven lower bound on moves (cheap at 250k, and loose). \`autobalance.optimality_gap\`:
  on the 2k/12 demo team and a 10k/30 generated team, fast mode's moved accounts (the greedy
  balancer, refined by the rounded LP relaxation where a team has at most 300,000 possible moves)
  ÷ the optimum's (HiGHS, WebAssembly, started from our proposal, 120 s; where it cannot prove
  the optimum in time, also ÷ its proven bound, which decides the target); \`autobalance.deviation_gap\`: our largest deviation
  minus the optimum's, and members inside ±5 %; \`autobalance.exact_time\`: the solver's time.
  \`autobalance.contiguity\`: the same balancing with "keep territories in one piece" (whole postal
  areas, only to a bordering territory, never cutting the giver): of the territories in one piece
  before, the share still in one piece (Node; territories counted on the shipped postal map), and
  what it costs in largest deviation against balancing without it.
- \`csv.export\`: the accounts export written by main's handler against papaparse's \`unparse\` plus
  the same file write (Node). \`csv.import\`: a 250,000-row German Excel file through the Import
  screen, from "Check the whole file" to "Imported", against papaparse's parse plus a raw Dexie
  \`bulkPut\` in the same Chromium. \`xlsx.export\`: the accounts export as an Excel workbook
  (typed columns built, the request checked against the IPC contract, written and saved by main's
  handler) against the CSV export of the same accounts through the same handler.
- \`sync.initial\` and \`sync.catchup\` (Node, loopback; the main process's side of team sync,
  without the renderer): a new member's first sync of the whole team workspace (members,
  territories, accounts, five years of actuals) from a CouchDB-protocol test server into an empty
  replica on LevelDB files, with the changes read out for the working database, against a plain
  PouchDB → PouchDB replication of the same documents in the same run; and 1,000 changes made
  offline, sent and acknowledged. \`sync.latency\` and \`sync.longtask\` need the app connected
  to a team server (not built yet).
- \`bundle.gzip\`: what the first screen downloads, gzipped.

Figures are p50 and p95 over repeated runs; a ratio compares with a baseline measured in the
same run, which stays comparable from machine to machine. Every sample is in the JSON
(\`samples\`). Reproduce: \`npm run bench\` (all sizes; \`-- --quick\` for the smallest,
\`-- --sizes 250k/500\` for one, \`-- --only map,plan\` for some groups); \`-- --profile reassign-1,undo-1\`
records Chromium CPU profiles of those steps into \`.bench/profiles/\`, \`-- --trace map-open-3\` the
browser's Performance trace (style, layout, paint).
`;

/**
 * docs/performance.md from a full run's results: machine, date, every figure with its target.
 * Written by the benchmark itself, never by hand (a quick or partial run leaves it alone).
 */
export function performanceDoc(result: {
  machine: Record<string, unknown>;
  mode: string;
  rows: Row[];
}): string {
  const m = result.machine;
  const missed = result.rows.filter((r) => r.met === false);
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const table = [
    '| figure | size | measured | target | |',
    '| --- | --- | --- | --- | --- |',
    ...result.rows.map(
      (r) =>
        `| \`${r.id}\` | ${escape(r.size)} | ${escape(measuredText(r))} | ${escape(r.target)} | ${
          r.met === null ? '—' : r.met ? 'met' : '**missed**'
        } |`,
    ),
  ];
  return `# Performance

<!-- Generated by \`npm run bench\` from its JSON result; do not edit by hand. -->

Measured ${String(m.date).slice(0, 16).replace('T', ' ')} UTC on ${m.cores} cores (${m.cpu}),
${m.memory_gb} GB, ${m.platform}, Node ${m.node}, ${m.chromium}. Sizes are accounts/members.
${missed.length ? `Missed: ${missed.map((r) => `\`${r.id}\` ${r.size}`).join(', ')}.` : 'Every target met.'}

${table.join('\n')}

${WHAT_IS_MEASURED}`;
}

/** Writes the page when the run was full and measured every figure the benchmark knows. */
export function writePerformanceDoc(
  result: { machine: Record<string, unknown>; mode: string; rows: Row[] },
  expected: readonly string[],
  file = 'docs/performance.md',
): boolean {
  const measured = new Set(result.rows.map((r) => r.id));
  if (result.mode !== 'full' || !expected.every((id) => measured.has(id))) return false;
  writeFileSync(file, performanceDoc(result));
  return true;
}

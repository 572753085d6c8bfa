#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --json FILE] [-- --sizes 2k/12,250k/500] [-- --profile undo-1,reassign-1]
// [-- --only map,plan] [-- --slowdown 4]`:
// builds the renderer, then measures it in headless Chromium (test/bench/bench.spec.ts) and writes
// { machine, rows } as JSON. `--profile` records Chromium CPU profiles of the named steps; `--trace`
// records Performance traces (style, layout, paint) of the named steps; `--only` measures just
// those groups (screens, performance, market, map, plan, autobalance, demo, csv, sync); `--slowdown N`
// runs the app's pages on a CPU Chromium slows N times (a slow laptop) and leaves docs alone.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const sizesAt = args.indexOf('--sizes');
const profileAt = args.indexOf('--profile');
const onlyAt = args.indexOf('--only');
const traceAt = args.indexOf('--trace');
const slowdownAt = args.indexOf('--slowdown');
const env = {
  ...process.env,
  BENCH_QUICK: args.includes('--quick') ? '1' : '0',
  BENCH_SIZES: sizesAt >= 0 ? (args[sizesAt + 1] ?? '') : '',
  BENCH_ONLY: onlyAt >= 0 ? (args[onlyAt + 1] ?? '') : '',
  BENCH_TRACE: traceAt >= 0 ? (args[traceAt + 1] ?? '') : '',
  BENCH_PROFILE: profileAt >= 0 ? (args[profileAt + 1] ?? '') : '',
  BENCH_SLOWDOWN: slowdownAt >= 0 ? (args[slowdownAt + 1] ?? '') : '',
  BENCH_JSON: jsonAt >= 0 && args[jsonAt + 1] ? args[jsonAt + 1] : '.bench/results.json',
};
for (const [command, commandArgs] of [
  ['npx', ['vite', 'build', '--config', 'vite.config.mts', '--logLevel', 'warn']],
  ['npx', ['playwright', 'test', '--config', 'playwright.bench.config.ts']],
]) {
  const { status } = spawnSync(command, commandArgs, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}
console.log(`\nResults: ${env.BENCH_JSON}`);

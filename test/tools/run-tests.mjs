#!/usr/bin/env node
// `npm test`: every check in order — typecheck, lint, unit, integration, build, system, browser
// E2E, the bench harness — and one closing line "N passed, N failed" summing all runners
// (checks count one each).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = '.test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const env = {
  ...process.env,
  ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
  FORCE_COLOR: process.env.CI ? '0' : '1',
};
let passed = 0;
let failed = 0;
const lines = [];
// Names of failed tests, printed just above the summary: CI keeps only the tail of the log.
const failures = [];

function firstLine(text) {
  return String(text ?? '')
    .split('\n')[0]
    .slice(0, 300);
}

/** Where an error came from: its first frame in the project's own code, when it has one. */
function origin(error) {
  if (error?.location) return ` (${error.location.file}:${error.location.line})`;
  const frame = String(error?.stack ?? '')
    .split('\n')
    .find(
      (line) => /^\s+at /.test(line) && !line.includes('node_modules') && !line.includes('node:'),
    );
  return frame ? ` (${frame.trim().replace(/^at /, '')})` : '';
}

function collectPlaywrightFailures(suites) {
  for (const suite of suites) {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        if (t.status === 'unexpected' || t.status === 'flaky') {
          const error = t.results?.find((res) => res.error)?.error;
          failures.push(
            `e2e ${t.status} ${spec.file} › ${spec.title}: ${firstLine(error?.message)}${origin(error)}`,
          );
        }
    collectPlaywrightFailures(suite.suites ?? []);
  }
}

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return { ok: status === 0, seconds };
}

function check(label, command, args) {
  const { ok, seconds } = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  lines.push(`${ok ? '✔' : '✘'} ${label} (${seconds} s)`);
  return ok;
}

function suite(label, command, args, reportFile, count) {
  const { ok, seconds } = run(label, command, args);
  let counted = null;
  if (existsSync(reportFile)) {
    try {
      counted = count(JSON.parse(readFileSync(reportFile, 'utf8')));
    } catch {
      counted = null;
    }
  }
  // A runner that crashed before reporting counts as one failure, never as silence.
  if (!counted) counted = { passed: 0, failed: ok ? 0 : 1 };
  if (!ok && counted.failed === 0) counted.failed = 1;
  passed += counted.passed;
  failed += counted.failed;
  lines.push(
    `${ok ? '✔' : '✘'} ${label}: ${counted.passed} passed, ${counted.failed} failed (${seconds} s)`,
  );
}

/** Counts a vitest JSON report; a file that failed before any test ran counts as a failure. */
function countVitest(r) {
  for (const file of r.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0)
      failures.push(`vitest ${file.name}: ${firstLine(file.message)}`);
    for (const t of file.assertionResults ?? [])
      if (t.status === 'failed')
        failures.push(`vitest ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  }
  return {
    passed: r.numPassedTests,
    failed:
      r.numFailedTests +
      (r.numTotalTestSuites > 0 && r.success === false && r.numFailedTests === 0 ? 1 : 0),
  };
}

function vitest(tier, projects) {
  const report = `${results}/vitest-${tier}.json`;
  suite(
    tier,
    'npx',
    [
      'vitest',
      'run',
      ...projects.flatMap((name) => ['--project', name]),
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    report,
    countVitest,
  );
}

// Cheapest first; the build comes right before the tiers that need it.
check('typecheck', 'npx', ['tsc', '-b']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
check('format', 'npx', ['prettier', '--check', '.']);
vitest('unit', ['unit', 'unit-dom']);
vitest('integration', ['integration', 'integration-dom']);
const built = check('build', 'npx', ['electron-vite', 'build']);
if (built) vitest('system', ['system']);
else {
  failed += 1;
  lines.push('✘ system skipped: the build failed');
}

if (built) {
  suite('e2e (Chromium)', 'npx', ['playwright', 'test'], `${results}/playwright.json`, (r) => {
    collectPlaywrightFailures(r.suites ?? []);
    return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected };
  });
} else {
  failed += 1;
  lines.push('✘ e2e skipped: the build failed');
}

// The benchmark harness runs once at the smallest size to prove it works; its figures are
// never asserted here (shared machines are noisy).
const benchJson = `${results}/bench.json`;
const bench = run('bench --quick', 'node', [
  'test/tools/bench.mjs',
  '--quick',
  '--json',
  benchJson,
]);
let benchShapeOk = false;
try {
  const report = JSON.parse(readFileSync(benchJson, 'utf8'));
  benchShapeOk =
    report.machine?.cores > 0 &&
    report.rows.some((row) => row.id === 'startup.cold' && row.p95_ms > 0) &&
    report.rows.every((row) => row.id && row.size && row.target && 'met' in row);
} catch {
  // A missing or unreadable report leaves the check failed.
}
if (bench.ok && benchShapeOk) passed += 1;
else failed += 1;
lines.push(`${bench.ok && benchShapeOk ? '✔' : '✘'} bench --quick harness (${bench.seconds} s)`);

if (failures.length > 0) console.log(`\nFailed or flaky:\n${failures.join('\n')}`);
console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { chromiumExecutable } from '../e2e/harness/chromium';

/** What the figures were measured on; every result file carries it. */
export function describeMachine() {
  let chromium = 'Playwright-managed Chromium';
  const executable = chromiumExecutable();
  if (executable) {
    try {
      chromium = execFileSync(executable, ['--version'], { encoding: 'utf8' }).trim();
    } catch {
      chromium = `${executable} (version unknown)`;
    }
  }
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory_gb: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    chromium,
    date: new Date().toISOString(),
  };
}

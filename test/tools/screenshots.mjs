#!/usr/bin/env node
// `npm run screenshots`: builds the renderer and photographs it through the E2E harness
// (Debian Chromium, demo workspace) into assets/screenshots/, for the README.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, STP_SCREENSHOTS: '1' };
for (const [command, args] of [
  ['npx', ['vite', 'build', '--config', 'vite.config.mts']],
  ['npx', ['playwright', 'test', 'screenshots.spec.ts', '--retries=0']],
]) {
  const { status } = spawnSync(command, args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

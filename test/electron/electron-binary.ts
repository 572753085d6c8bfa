import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The installed Electron executable, found without `require('electron')` — that would try
 * to download the binary on machines that cannot. Null when it is not installed.
 */
export function electronExecutable(root = process.cwd()): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative ?? 'electron')
    : relative
      ? path.join(pkg, 'dist', relative)
      : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

export const MISSING_ELECTRON =
  'Electron binary not available: node_modules/electron/dist is missing (it could not be downloaded on this machine). ' +
  'Run `npm run test:electron` where `npm ci` could install Electron, or set ELECTRON_OVERRIDE_DIST_PATH.';

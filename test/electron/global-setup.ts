import { existsSync } from 'node:fs';
import { electronExecutable, MISSING_ELECTRON } from './electron-binary';

/** Fails at once, with the reason, instead of hanging on a binary that is not there. */
export default function globalSetup(): void {
  if (!electronExecutable()) throw new Error(MISSING_ELECTRON);
  if (!existsSync('out/main/index.js'))
    throw new Error('out/main/index.js is missing: run `npm run build` first.');
}

#!/usr/bin/env node
// `npm run team-server:setup -- --url URL --admin USER [...]` (see --help): runs the setup in
// electron/services/team-server/ from its TypeScript source, with the project's import aliases.
import { fileURLToPath } from 'node:url';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url, {
  alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) },
});
const { main } = await jiti.import('../../electron/services/team-server/setup-cli.ts');
process.exitCode = await main(process.argv.slice(2));

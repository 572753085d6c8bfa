import fc from 'fast-check';

/**
 * Property tests run with one fixed seed in CI (FC_SEED overrides it), so a red run is the
 * same run again on any machine; locally each run draws a new seed. fast-check names the seed
 * and the path of a failing case in its message, so any failure can be replayed.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20_261_202 : null;
if (seed !== null) fc.configureGlobal({ seed });

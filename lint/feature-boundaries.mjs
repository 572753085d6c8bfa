import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which features a feature may import (their components or commands). Features that need the
 * same data or helpers share them through renderer/app, renderer/components or shared/ — so no
 * two features depend on each other and this list stays acyclic (a unit test checks it).
 */
export const FEATURE_IMPORTS = {
  accounts: ['csv', 'csv-import', 'decisions'],
  approvals: ['csv'],
  backups: [],
  csv: [],
  'csv-import': [],
  decisions: [],
  market: ['accounts', 'csv', 'plans'],
  performance: ['csv'],
  plans: ['csv'],
  scenarios: ['csv', 'csv-import'],
  settings: ['decisions'],
  team: ['csv-import'],
  territories: ['csv', 'csv-import', 'scenarios'],
  welcome: ['backups'],
};

const FEATURES = `${path.sep}renderer${path.sep}features${path.sep}`;

const RENDERER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

/** Where an import points: relative to the file, or under the `@renderer` alias. */
const targetOf = (file, spec) => {
  if (spec.startsWith('.')) return path.resolve(path.dirname(file), spec);
  if (spec.startsWith('@renderer/')) return path.join(RENDERER, spec.slice('@renderer/'.length));
  return null;
};

const featureOf = (file) => {
  const at = file.indexOf(FEATURES);
  return at < 0 ? null : file.slice(at + FEATURES.length).split(path.sep)[0];
};

/** ESLint rule: a feature imports another feature only where FEATURE_IMPORTS allows it. */
export const featureBoundaries = {
  meta: {
    type: 'problem',
    messages: {
      crossing:
        "Feature '{{from}}' may not import feature '{{to}}': move what both need to renderer/app, renderer/components or shared/ (see lint/feature-boundaries.mjs).",
    },
    schema: [],
  },
  create(context) {
    const from = featureOf(context.filename);
    if (!from) return {};
    return {
      ImportDeclaration(node) {
        const spec = node.source.value;
        const target = typeof spec === 'string' ? targetOf(context.filename, spec) : null;
        const to = target && featureOf(target);
        if (!to || to === from || (FEATURE_IMPORTS[from] ?? []).includes(to)) return;
        context.report({ node, messageId: 'crossing', data: { from, to } });
      },
    };
  },
};

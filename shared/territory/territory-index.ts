import type { Territory } from '../domain/territory';
import { POSTAL_CODE, ruleCoverage, ruleSpan } from './postal-rule';

export interface RuleRef {
  territoryId: string;
  /** Position of the rule in its territory's list. */
  rule: number;
}

/** Two rules of equal specificity that claim the same codes for different territories. */
export interface RuleConflict {
  first: RuleRef;
  second: RuleRef;
  /** How many codes both claim. */
  codes: number;
}

export interface TerritoryIndex {
  /** The territory whose most specific rule covers the code; null if none does. */
  territoryOf(postalCode: string): string | null;
  /** How many codes the winning rule covers (fewer = more specific); Infinity if none does. */
  coverageOf(postalCode: string): number;
  conflicts: RuleConflict[];
}

const CODES = 100_000;

/**
 * Resolves every five-digit code once: rules are painted from the widest to the narrowest,
 * so the most specific rule wins; equally specific rules of different territories that
 * overlap are reported as conflicts (the earlier-listed one keeps the codes). Looking up an
 * account is then one array read, fast for 250,000 accounts.
 */
export function buildTerritoryIndex(territories: readonly Territory[]): TerritoryIndex {
  const owner = new Int32Array(CODES).fill(-1);
  const ruleAt = new Int32Array(CODES).fill(-1);
  const refs: RuleRef[] = [];
  const spans: Array<{
    ref: number;
    territory: number;
    from: number;
    to: number;
    coverage: number;
  }> = [];
  territories.forEach((territory, t) =>
    territory.rules.forEach((rule, r) => {
      const span = ruleSpan(rule);
      refs.push({ territoryId: territory.id, rule: r });
      spans.push({
        ref: refs.length - 1,
        territory: t,
        from: span.from,
        to: Math.min(span.to, CODES - 1),
        coverage: ruleCoverage(rule),
      });
    }),
  );
  // Widest first; among equals, the listed order, so the earlier rule keeps contested codes.
  spans.sort((a, b) => b.coverage - a.coverage || a.ref - b.ref);
  const coverageAt = new Int32Array(CODES).fill(CODES + 1);
  const overlaps = new Map<string, RuleConflict>();
  for (const span of spans) {
    for (let code = span.from; code <= span.to; code += 1) {
      if (coverageAt[code] === span.coverage && owner[code] !== span.territory) {
        const first = ruleAt[code]!;
        const key = `${first}:${span.ref}`;
        const conflict = overlaps.get(key) ?? {
          first: refs[first]!,
          second: refs[span.ref]!,
          codes: 0,
        };
        conflict.codes += 1;
        overlaps.set(key, conflict);
        continue;
      }
      owner[code] = span.territory;
      ruleAt[code] = span.ref;
      coverageAt[code] = span.coverage;
    }
  }
  return {
    territoryOf: (postalCode) => {
      if (postalCode.length !== 5) return null;
      const code = Number(postalCode);
      if (!Number.isInteger(code)) return null;
      const index = owner[code]!;
      return index < 0 ? null : territories[index]!.id;
    },
    coverageOf: (postalCode) => {
      const code = POSTAL_CODE.test(postalCode) ? Number(postalCode) : -1;
      return code < 0 || owner[code]! < 0 ? Infinity : coverageAt[code]!;
    },
    conflicts: [...overlaps.values()],
  };
}

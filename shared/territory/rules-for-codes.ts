import type { PostalRule } from '../domain/territory';
import { POSTAL_CODE } from './postal-rule';
import type { TerritoryIndex } from './territory-index';

export interface CodeAssignment {
  /** Rules to add to the receiving territory: together they win exactly the chosen codes. */
  rules: PostalRule[];
  /** Chosen codes an exact rule of another territory holds: a tie no new rule can win. */
  held: string[];
}

const coverageOfLength = (digits: number) => 10 ** (5 - digits);

/**
 * The fewest prefix, range and exact rules (found greedily from the widest down) that give a
 * territory the chosen postal codes and nothing else among the known codes: a prefix or range
 * is used only where every known code it covers is chosen (or already the territory's), and
 * only where it is more specific than the rule that holds each of those codes now — the most
 * specific rule wins. `known`: every code that matters (the map's and the accounts'), sorted.
 * Codes outside `known` that a prefix covers follow it; nothing anyone has is among them.
 */
export function rulesForCodes(
  chosen: ReadonlySet<string>,
  known: readonly string[],
  index: TerritoryIndex,
  territoryId: string,
): CodeAssignment {
  const codes = [...new Set([...known, ...chosen])].filter((c) => POSTAL_CODE.test(c)).sort();
  const rules: PostalRule[] = [];
  const held: string[] = [];
  const ours = (code: string) => index.territoryOf(code) === territoryId;
  const needs = (code: string) => chosen.has(code) && !ours(code);

  /** Codes starting with `prefix`: a slice of the sorted list. */
  const under = (prefix: string): string[] => {
    const first = lowerBound(codes, prefix);
    const last = lowerBound(codes, prefix + '\uffff');
    return codes.slice(first, last);
  };
  /** A rule of this coverage would win every code here that must move, and take nothing else. */
  const wins = (inside: readonly string[], coverage: number) =>
    inside.every(
      (code) =>
        (chosen.has(code) || ours(code)) && (ours(code) || index.coverageOf(code) > coverage),
    );

  /**
   * Covers what `prefix` holds: 'whole' when the prefix itself can be the rule (the caller adds
   * it, perhaps within a range), 'parts' when rules below it did, 'none' if nothing must move.
   */
  const cover = (prefix: string): 'none' | 'whole' | 'parts' => {
    const inside = under(prefix);
    if (!inside.some(needs)) return 'none';
    if (prefix.length > 0 && wins(inside, coverageOfLength(prefix.length))) return 'whole';
    if (prefix.length === 5) {
      held.push(prefix);
      return 'parts';
    }
    // Children first; then runs of whole children (with empty ones between) become ranges.
    const results = Array.from({ length: 10 }, (_, d) => cover(prefix + d));
    const empty = (d: number) => under(prefix + d).length === 0;
    let d = 0;
    while (d < 10) {
      if (results[d] !== 'whole') {
        d += 1;
        continue;
      }
      let end = d;
      // Extend over empty children and further whole ones while one range still wins.
      for (let next = d + 1; next < 10; next += 1) {
        if (results[next] !== 'whole' && !empty(next)) break;
        if (results[next] !== 'whole') continue;
        const span = range(prefix, d, next);
        if (!wins(spanCodes(prefix, d, next), span.coverage)) break;
        end = next;
      }
      rules.push(end === d ? single(prefix + d) : range(prefix, d, end).rule);
      d = end + 1;
    }
    return 'parts';
  };

  const spanCodes = (prefix: string, from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => under(prefix + (from + k))).flat();

  const result = cover('');
  if (result === 'whole') throw new Error('unreachable: the empty prefix is never a rule');
  return { rules, held };
}

function single(code: string): PostalRule {
  return code.length === 5 ? { kind: 'exact', from: code } : { kind: 'prefix', from: code };
}

function range(prefix: string, from: number, to: number) {
  return {
    rule: { kind: 'range', from: `${prefix}${from}`, to: `${prefix}${to}` } as PostalRule,
    coverage: (to - from + 1) * coverageOfLength(prefix.length + 1),
  };
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

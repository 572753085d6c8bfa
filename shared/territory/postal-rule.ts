import type { PostalRule } from '../domain/territory';

/** German postal codes have five digits: 01067 … 99998. */
export const POSTAL_CODE = /^\d{5}$/;
const CODES = 100_000;

export interface RuleSpan {
  /** First and last five-digit code the rule covers, as numbers (inclusive). */
  from: number;
  to: number;
}

export type RuleProblem = 'empty' | 'not-digits' | 'too-long' | 'range-lengths' | 'range-order';

/**
 * Reads what a user types for a rule: a prefix ("80"), an exact code ("80331") or a range of
 * codes or prefixes of the same length ("80000-81999", "80-81").
 */
export function parsePostalRule(
  text: string,
): { ok: true; rule: PostalRule } | { ok: false; problem: RuleProblem } {
  // Space is allowed around the dash of a range, nowhere else: "80 81" is two rules, not 8081.
  const value = text.trim().replace(/\s*([-–])\s*/g, '$1');
  if (!value) return { ok: false, problem: 'empty' };
  if (/\s/.test(value)) return { ok: false, problem: 'not-digits' };
  const parts = value.split(/[-–]/);
  if (parts.length > 2 || parts.some((p) => !/^\d+$/.test(p)))
    return { ok: false, problem: 'not-digits' };
  if (parts.some((p) => p.length > 5)) return { ok: false, problem: 'too-long' };
  if (parts.length === 1) {
    return {
      ok: true,
      rule: value.length === 5 ? { kind: 'exact', from: value } : { kind: 'prefix', from: value },
    };
  }
  const [from, to] = parts as [string, string];
  if (from.length !== to.length) return { ok: false, problem: 'range-lengths' };
  if (from > to) return { ok: false, problem: 'range-order' };
  return { ok: true, rule: { kind: 'range', from, to } };
}

/**
 * Reads a list of rules as people type or paste them: separated by spaces, commas,
 * semicolons, bars or line breaks ("80 81", "80, 81", one per line); a range may have spaces
 * around its dash ("80000 - 81999"). Every entry that is not a rule is reported with its text.
 */
export function parsePostalRules(text: string): {
  rules: PostalRule[];
  problems: Array<{ rule: string; problem: RuleProblem }>;
} {
  const rules: PostalRule[] = [];
  const problems: Array<{ rule: string; problem: RuleProblem }> = [];
  const entries = text
    .replace(/\s*([-–])\s*/g, '$1')
    .split(/[\s,;|]+/)
    .filter(Boolean);
  for (const entry of entries) {
    const parsed = parsePostalRule(entry);
    if (parsed.ok) rules.push(parsed.rule);
    else problems.push({ rule: entry, problem: parsed.problem });
  }
  return { rules, problems };
}

/** The codes a rule covers. A prefix of length n covers 10^(5-n) codes. */
export function ruleSpan(rule: PostalRule): RuleSpan {
  const pad = (digits: string, fill: string) => Number(digits + fill.repeat(5 - digits.length));
  if (rule.kind === 'exact') return { from: Number(rule.from), to: Number(rule.from) };
  if (rule.kind === 'prefix') return { from: pad(rule.from, '0'), to: pad(rule.from, '9') };
  return { from: pad(rule.from, '0'), to: pad(rule.to ?? rule.from, '9') };
}

/** How many codes a rule covers: the fewer, the more specific (and it wins). */
export function ruleCoverage(rule: PostalRule): number {
  const span = ruleSpan(rule);
  return Math.min(CODES, span.to - span.from + 1);
}

export function formatPostalRule(rule: PostalRule): string {
  return rule.kind === 'range' ? `${rule.from}-${rule.to}` : rule.from;
}

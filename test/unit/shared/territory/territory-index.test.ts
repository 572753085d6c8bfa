import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostalRule, Territory } from '@shared/domain/territory';
import {
  parsePostalRule,
  parsePostalRules,
  ruleCoverage,
  ruleSpan,
} from '@shared/territory/postal-rule';
import { buildTerritoryIndex } from '@shared/territory/territory-index';

const territory = (id: string, ...rules: string[]): Territory => ({
  id,
  name: id,
  kind: 'territory',
  parentId: null,
  ownerId: null,
  mentorId: null,
  rules: rules.map((text) => {
    const parsed = parsePostalRule(text);
    if (!parsed.ok) throw new Error(text);
    return parsed.rule;
  }),
});

describe('parsePostalRule', () => {
  it.each([
    ['80', { kind: 'prefix', from: '80' }],
    ['8', { kind: 'prefix', from: '8' }],
    ['80331', { kind: 'exact', from: '80331' }],
    ['80000-81999', { kind: 'range', from: '80000', to: '81999' }],
    [' 80 – 81 ', { kind: 'range', from: '80', to: '81' }],
  ])('reads %s', (text, rule) => {
    expect(parsePostalRule(text)).toEqual({ ok: true, rule });
  });

  it.each([
    ['', 'empty'],
    ['8a', 'not-digits'],
    ['80-81-82', 'not-digits'],
    ['803311', 'too-long'],
    ['80-8199', 'range-lengths'],
    ['81-80', 'range-order'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parsePostalRule(text)).toEqual({ ok: false, problem });
  });

  it('reads a list separated by spaces, commas, semicolons, bars or lines: "80 81" is two rules', () => {
    expect(parsePostalRules('80 81')).toEqual({
      rules: [
        { kind: 'prefix', from: '80' },
        { kind: 'prefix', from: '81' },
      ],
      problems: [],
    });
    expect(parsePostalRules('80,81; 82|83\n80000 - 80999\r\n85331').rules).toEqual([
      { kind: 'prefix', from: '80' },
      { kind: 'prefix', from: '81' },
      { kind: 'prefix', from: '82' },
      { kind: 'prefix', from: '83' },
      { kind: 'range', from: '80000', to: '80999' },
      { kind: 'exact', from: '85331' },
    ]);
    expect(parsePostalRules('80 8a 803311')).toEqual({
      rules: [{ kind: 'prefix', from: '80' }],
      problems: [
        { rule: '8a', problem: 'not-digits' },
        { rule: '803311', problem: 'too-long' },
      ],
    });
    expect(parsePostalRule('80 81')).toEqual({ ok: false, problem: 'not-digits' });
  });

  it('knows how many codes each rule covers', () => {
    const cover = (text: string) =>
      ruleCoverage((parsePostalRule(text) as { rule: PostalRule }).rule);
    expect([
      cover('8'),
      cover('80'),
      cover('803'),
      cover('80331'),
      cover('80-81'),
      cover('80000-80499'),
    ]).toEqual([10_000, 1_000, 100, 1, 2_000, 500]);
  });
});

describe('buildTerritoryIndex', () => {
  it('gives each code to its most specific rule', () => {
    const index = buildTerritoryIndex([
      territory('south', '8'),
      territory('munich', '80-81'),
      territory('centre', '803'),
      territory('marienplatz', '80331'),
    ]);
    expect(['85000', '81000', '80200', '80399', '80331', '12345'].map(index.territoryOf)).toEqual([
      'south',
      'munich',
      'munich',
      'centre',
      'marienplatz',
      null,
    ]);
    expect(index.conflicts).toEqual([]);
  });

  it('reports equally specific overlaps between territories, keeping the earlier one', () => {
    const index = buildTerritoryIndex([
      territory('a', '80'),
      territory('b', '80000-80999'),
      territory('c', '81'),
    ]);
    expect(index.territoryOf('80500')).toBe('a');
    expect(index.conflicts).toEqual([
      { first: { territoryId: 'a', rule: 0 }, second: { territoryId: 'b', rule: 0 }, codes: 1_000 },
    ]);
  });

  it('ignores malformed codes', () => {
    const index = buildTerritoryIndex([territory('a', '8')]);
    expect(['8000', '800000', 'abcde', ''].map(index.territoryOf)).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('agrees with a brute-force reading of the rules (property)', () => {
    const digits = (min: number, max: number) =>
      fc
        .integer({ min: 10 ** (min - 1), max: 10 ** max - 1 })
        .map(String)
        .filter((s) => s.length >= min && s.length <= max);
    const ruleText = fc.oneof(
      digits(1, 5),
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.nat(), fc.nat()).map(([len, a, b]) => {
        const x = String(a % 10 ** len).padStart(len, '0');
        const y = String(b % 10 ** len).padStart(len, '0');
        return x <= y ? `${x}-${y}` : `${y}-${x}`;
      }),
    );
    const territories = fc
      .array(fc.array(ruleText, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 })
      .map((lists) => lists.map((rules, i) => territory(`t${i}`, ...rules)));
    const code = fc.integer({ min: 0, max: 99_999 }).map((n) => String(n).padStart(5, '0'));
    fc.assert(
      fc.property(territories, fc.array(code, { minLength: 1, maxLength: 20 }), (list, codes) => {
        const index = buildTerritoryIndex(list);
        for (const c of codes) {
          const n = Number(c);
          let best: { territory: string; coverage: number; order: number } | null = null;
          let order = 0;
          for (const t of list) {
            for (const rule of t.rules) {
              const span = ruleSpan(rule);
              const coverage = ruleCoverage(rule);
              if (n >= span.from && n <= span.to && (!best || coverage < best.coverage)) {
                best = { territory: t.id, coverage, order };
              }
              order += 1;
            }
          }
          expect(index.territoryOf(c)).toBe(best?.territory ?? null);
        }
      }),
      { numRuns: 200 },
    );
  });
});

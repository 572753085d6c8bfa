import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostalRule, Territory } from '@shared/domain/territory';
import { rulesForCodes } from '@shared/territory/rules-for-codes';
import { buildTerritoryIndex } from '@shared/territory/territory-index';

const territory = (id: string, rules: PostalRule[]): Territory => ({
  id,
  name: id,
  kind: 'territory',
  parentId: null,
  ownerId: null,
  mentorId: null,
  rules,
});

function assign(territories: Territory[], chosen: string[], known: string[], target: string) {
  const result = rulesForCodes(new Set(chosen), known, buildTerritoryIndex(territories), target);
  const after = territories.map((t) =>
    t.id === target ? { ...t, rules: [...t.rules, ...result.rules] } : t,
  );
  return { ...result, after: buildTerritoryIndex(after) };
}

describe('rules for chosen postal codes', () => {
  it('uses one prefix where every known code under it is chosen', () => {
    const known = ['80331', '80333', '80469', '81241', '90402'];
    const { rules } = assign(
      [territory('north', [{ kind: 'prefix', from: '8' }]), territory('south', [])],
      ['80331', '80333', '80469'],
      known,
      'south',
    );
    expect(rules).toEqual([{ kind: 'prefix', from: '80' }]);
  });

  it('joins neighbouring prefixes into a range, bridging prefixes nobody knows', () => {
    const known = ['80100', '80200', '80400', '80500', '80600'];
    const { rules } = assign(
      [territory('a', [{ kind: 'prefix', from: '80' }]), territory('b', [])],
      ['80100', '80200', '80400'],
      known,
      'b',
    );
    // 803 holds no known code, so 801–804 takes nothing else; 805 is not chosen.
    expect(rules).toEqual([{ kind: 'range', from: '801', to: '804' }]);
  });

  it('goes narrower than a rule that would otherwise keep the codes', () => {
    const known = ['80331', '80333', '80335'];
    const { rules, after } = assign(
      [territory('a', [{ kind: 'prefix', from: '8033' }]), territory('b', [])],
      ['80331', '80333', '80335'],
      known,
      'b',
    );
    // "8033" (10 codes) would tie with a's rule; a range of codes is narrower.
    expect(rules).toEqual([{ kind: 'range', from: '80331', to: '80335' }]);
    expect(known.map((c) => after.territoryOf(c))).toEqual(['b', 'b', 'b']);
  });

  it('reports codes another territory holds by an exact rule instead of tying with it', () => {
    const { rules, held } = assign(
      [territory('a', [{ kind: 'exact', from: '80331' }]), territory('b', [])],
      ['80331', '80333'],
      ['80331', '80333'],
      'b',
    );
    expect(held).toEqual(['80331']);
    expect(rules).toEqual([{ kind: 'exact', from: '80333' }]);
  });

  it('property: the territory wins exactly the chosen codes; every other code keeps its owner', () => {
    const digit = fc.constantFrom('0', '1', '2', '3');
    const code = fc.tuple(digit, digit, digit, digit, digit).map((d) => d.join(''));
    const prefix = fc
      .integer({ min: 1, max: 5 })
      .chain((n) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join('')));
    const rule: fc.Arbitrary<PostalRule> = fc.oneof(
      prefix.map((from) =>
        from.length === 5 ? { kind: 'exact' as const, from } : { kind: 'prefix' as const, from },
      ),
      fc.tuple(prefix, fc.integer({ min: 0, max: 2 })).map(([from, extra]) => {
        const last = Number(from.at(-1)) + extra;
        return last > 9
          ? { kind: 'prefix' as const, from }
          : { kind: 'range' as const, from, to: from.slice(0, -1) + last };
      }),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { minLength: 1, maxLength: 150 }),
        fc.array(fc.array(rule, { maxLength: 6 }), { minLength: 2, maxLength: 4 }),
        fc.nat(),
        fc.nat(),
        (known, ruleSets, pick, seed) => {
          const territories = ruleSets.map((rules, i) => territory(`t${i}`, rules));
          const target = territories[pick % territories.length]!.id;
          const chosen = known.filter(
            (_, i) => ((seed >> (i % 30)) & 1) === 1 || i % 7 === seed % 7,
          );
          const before = buildTerritoryIndex(territories);
          const { held, after } = assign(territories, chosen, known, target);
          for (const c of known) {
            if (held.includes(c)) {
              expect(before.coverageOf(c)).toBe(1);
              expect(after.territoryOf(c)).toBe(before.territoryOf(c));
            } else if (chosen.includes(c)) expect(after.territoryOf(c)).toBe(target);
            else expect(after.territoryOf(c)).toBe(before.territoryOf(c));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

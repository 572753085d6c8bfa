import { describe, expect, it } from 'vitest';
import { generateWorkspace } from '@shared/demo/generate-workspace';
import { territoryData } from '@renderer/app/data/use-territories';

const { territories } = generateWorkspace({ asOf: '2026-11-26', accounts: 200, months: 1 });
const copy = () => territories.map((t) => ({ ...t, rules: t.rules.map((r) => ({ ...r })) }));

describe('territoryData', () => {
  it('returns the same index for the same territories read again (screens reopen for free)', () => {
    const first = territoryData(copy());
    const again = territoryData(copy());
    expect(again).toBe(first);
    expect(again.index).toBe(first.index);
  });

  it('builds a new index when a rule or an owner changes', () => {
    const first = territoryData(copy());
    const moved = copy();
    const [from, to] = moved.filter((t) => t.kind === 'territory' && t.rules.length > 0);
    to!.rules.push(from!.rules.shift()!);
    const next = territoryData(moved);
    expect(next).not.toBe(first);
    const code = `${to!.rules.at(-1)!.from}`.padEnd(5, '0');
    expect(next.index.territoryOf(code)).toBe(to!.id);
    const reowned = copy();
    reowned[0]!.ownerId = 'someone-else';
    expect(territoryData(reowned).territories[0]!.ownerId).toBe('someone-else');
  });
});

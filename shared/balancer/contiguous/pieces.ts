/**
 * Territories on the postal map: each area belongs to at most one member (`areaOwner`, -1:
 * nobody), and a territory is "in one piece" when a planner can walk between any two of its
 * areas without leaving it (areas that share a border, `neighbours`).
 */

/** How many separate pieces each member's territory has (0: it has no area). */
export function territoryPieces(
  areaOwner: Int32Array,
  neighbours: readonly (readonly number[])[],
  memberCount: number,
): Int32Array {
  const pieces = new Int32Array(memberCount);
  const seen = new Uint8Array(areaOwner.length);
  const stack: number[] = [];
  for (let start = 0; start < areaOwner.length; start += 1) {
    const m = areaOwner[start]!;
    if (m < 0 || seen[start]) continue;
    pieces[m] = pieces[m]! + 1;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const a = stack.pop()!;
      for (const b of neighbours[a]!)
        if (!seen[b] && areaOwner[b] === m) {
          seen[b] = 1;
          stack.push(b);
        }
    }
  }
  return pieces;
}

/**
 * Whether an area can leave its owner without cutting their territory in two: the owner's areas
 * that border it all stay connected without it, and it is not the owner's last area.
 */
export class CutCheck {
  /** Visited marks, one stamp per question, so nothing is cleared between questions. */
  private readonly mark: Uint32Array;
  private stamp = 0;
  private readonly stack: number[] = [];

  constructor(
    private readonly areaOwner: Int32Array,
    private readonly neighbours: readonly (readonly number[])[],
  ) {
    this.mark = new Uint32Array(areaOwner.length);
  }

  /** `ownerAreas`: how many areas the owner has now. */
  keepsWhole(area: number, ownerAreas: number): boolean {
    const { areaOwner, neighbours, mark, stack } = this;
    if (ownerAreas <= 1) return false;
    const m = areaOwner[area]!;
    const own = neighbours[area]!.filter((b) => areaOwner[b] === m);
    // A piece of its own leaves whole; an area at the edge cuts nothing.
    if (own.length <= 1) return true;
    this.stamp += 1;
    const stamp = this.stamp;
    mark[area] = stamp;
    mark[own[0]!] = stamp;
    stack.length = 0;
    stack.push(own[0]!);
    const wanted = new Set(own.slice(1));
    while (stack.length > 0 && wanted.size > 0) {
      const a = stack.pop()!;
      for (const b of neighbours[a]!) {
        if (mark[b] === stamp || areaOwner[b] !== m) continue;
        mark[b] = stamp;
        wanted.delete(b);
        stack.push(b);
      }
    }
    return wanted.size === 0;
  }
}

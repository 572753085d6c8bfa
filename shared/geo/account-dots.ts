/**
 * Where an account's dot goes: its area's centre, moved by a small spread derived from the
 * account's id (the same every time), so a city's thousands of accounts are a cloud, not one
 * dot. The spread stays within `reach` of the centre — a share of the distance to the nearest
 * neighbouring centre, so the dot stays in its own area.
 */
export function dotOffset(id: string, reach: number): [number, number] {
  // FNV-1a over the id, split into an angle and a radius; sqrt spreads the cloud evenly.
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  const angle = ((hash >>> 16) / 0x10000) * 2 * Math.PI;
  const radius = Math.sqrt((hash & 0xffff) / 0x10000) * reach;
  return [Math.cos(angle) * radius, Math.sin(angle) * radius];
}

/** Each area's reach: 45 % of the distance to its nearest neighbour's centre. */
export function areaReach(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  neighbours: readonly (readonly number[])[],
): Float64Array {
  const reach = new Float64Array(neighbours.length);
  neighbours.forEach((list, i) => {
    let nearest = Infinity;
    for (const j of list) nearest = Math.min(nearest, Math.hypot(x[i]! - x[j]!, y[i]! - y[j]!));
    reach[i] = Number.isFinite(nearest) ? nearest * 0.45 : 0;
  });
  return reach;
}

/** Chart colours: calm, distinguishable in print and for the common colour-vision deficiencies. */
export const COLORS = {
  junior: '#d08c24',
  senior: '#1f6f8b',
  plan: '#6b7785',
  achieved: '#1f6f8b',
  projected: '#8a5cb8',
  target: '#b3472f',
  newBusiness: '#d08c24',
  existingBusiness: '#1f6f8b',
  prospect: '#c9d2dc',
  new: '#e6b35c',
  existing: '#5a9bb3',
  regular: '#175a71',
  satisfaction: '#b3472f',
  grid: '#e5e9ee',
  today: '#b3472f',
} as const;

/** How many members a per-member chart draws; the table alternative always lists all. */
export const CHART_MEMBERS = 40;

/** The `limit` rows at both ends of a sorted list (all of them when there are few). */
export function ends<T>(sorted: readonly T[], limit = CHART_MEMBERS): T[] {
  if (sorted.length <= limit) return [...sorted];
  const half = Math.floor(limit / 2);
  return [...sorted.slice(0, half), ...sorted.slice(sorted.length - (limit - half))];
}

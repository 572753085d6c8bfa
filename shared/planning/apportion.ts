/**
 * Splits `total` integer cents into parts proportional to `weights` so that the parts sum to
 * `total` exactly (largest remainder, ties to the earlier index). Integer arithmetic
 * throughout: weights are scaled to integers first, so no float error can lose a cent.
 * All-zero (or no positive) weights split evenly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`bad total ${total}`);
  if (weights.length === 0) return [];
  const scaled = toIntegerWeights(weights);
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const used = sum === 0n ? scaled.map(() => 1n) : scaled;
  const whole = sum === 0n ? BigInt(weights.length) : sum;
  const big = BigInt(total);
  const parts: bigint[] = [];
  const remainders: Array<{ index: number; rest: bigint }> = [];
  let given = 0n;
  used.forEach((weight, index) => {
    const product = big * weight;
    const part = product / whole;
    parts.push(part);
    given += part;
    remainders.push({ index, rest: product % whole });
  });
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (let left = big - given, i = 0; left > 0n; left -= 1n, i += 1) {
    parts[remainders[i]!.index]! += 1n;
  }
  return parts.map(Number);
}

/** Integer weights in the same proportions (fractions kept to 1e-9 of the largest). */
function toIntegerWeights(weights: readonly number[]): bigint[] {
  const clean = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  if (clean.every((w) => Number.isSafeInteger(w))) return clean.map((w) => BigInt(w));
  const max = Math.max(...clean);
  return clean.map((w) => BigInt(Math.round((w / max) * 1e12)));
}

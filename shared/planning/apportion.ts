/**
 * Splits `total` integer cents into parts proportional to `weights` so that the parts sum to
 * `total` exactly (largest remainder, ties to the earlier index). Integer arithmetic
 * throughout: weights are scaled to integers first, so no float error can lose a cent.
 * All-zero (or no positive) weights split evenly.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`bad total ${total}`);
  if (weights.length === 0) return [];
  const fast = apportionSafe(total, weights);
  if (fast) return fast;
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

/**
 * The same split in plain numbers when every product stays below 2^53 (a month split, a
 * seasonality profile): exact, and far cheaper than BigInt. Null when it would not be exact.
 */
function apportionSafe(total: number, weights: readonly number[]): number[] | null {
  let sum = 0;
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) return null;
    sum += w;
  }
  if (sum === 0 || total * sum > Number.MAX_SAFE_INTEGER) return null;
  const parts = new Array<number>(weights.length);
  const rests = new Array<number>(weights.length);
  let given = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const product = total * weights[i]!;
    let part = Math.floor(product / sum);
    let rest = product - part * sum;
    // Float division can be one off near a multiple; the integer remainder corrects it.
    if (rest < 0) {
      part -= 1;
      rest += sum;
    } else if (rest >= sum) {
      part += 1;
      rest -= sum;
    }
    parts[i] = part;
    rests[i] = rest;
    given += part;
  }
  const order = weights.map((_, i) => i);
  order.sort((a, b) => rests[b]! - rests[a]! || a - b);
  for (let left = total - given, i = 0; left > 0; left -= 1, i += 1) parts[order[i]!]! += 1;
  return parts;
}

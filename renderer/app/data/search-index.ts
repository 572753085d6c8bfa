/**
 * Text search over 250,000 accounts: one joined, lower-cased haystack searched with indexOf
 * (after each hit it jumps to the next account), instead of 250,000 separate `includes`.
 * Rows changed since the haystack was built are checked one by one until the next rebuild.
 */
export interface SearchIndex {
  haystack: string;
  /** Where each account's text starts in the haystack (ascending). */
  offsets: Int32Array;
  /** Each account's current text. */
  text: string[];
  /** Accounts whose text changed (or that were added) since the haystack was built. */
  dirty: Set<number>;
}

const SEPARATOR = '\u0000';

export function buildSearchIndex(text: string[]): SearchIndex {
  const offsets = new Int32Array(text.length);
  let at = 0;
  for (let i = 0; i < text.length; i += 1) {
    offsets[i] = at;
    at += text[i]!.length + 1;
  }
  return { haystack: text.join(SEPARATOR), offsets, text, dirty: new Set() };
}

/**
 * Marks (1) every account whose text contains the needle. `into`: a buffer to reuse (at least
 * one byte per account), so typing does not leave a new quarter megabyte behind per key.
 */
export function searchMatches(index: SearchIndex, needle: string, into?: Uint8Array): Uint8Array {
  const count = index.text.length;
  const reused = into !== undefined && into.length >= count;
  const marks = reused ? into.subarray(0, count) : new Uint8Array(count);
  if (reused) marks.fill(0);
  const { haystack, offsets } = index;
  let position = haystack.indexOf(needle);
  while (position >= 0) {
    let low = 0;
    let high = offsets.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (offsets[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    marks[low] = 1;
    const next = low + 1 < offsets.length ? offsets[low + 1]! : haystack.length;
    position = haystack.indexOf(needle, next);
  }
  for (const i of index.dirty) marks[i] = index.text[i]!.includes(needle) ? 1 : 0;
  for (let i = offsets.length; i < count; i += 1)
    marks[i] = index.text[i]!.includes(needle) ? 1 : 0;
  return marks;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchMatches } from '@renderer/app/data/search-index';

describe('search index', () => {
  it('finds exactly the texts that contain the needle, also after edits and additions (property)', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'ä', 'k', '-', '1', ' '),
      maxLength: 12,
    });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(39), word), { maxLength: 8 }),
        fc.array(word, { maxLength: 5 }),
        fc.string({
          unit: fc.constantFrom('a', 'b', 'ä', 'k', '-', '1'),
          minLength: 1,
          maxLength: 3,
        }),
        (texts, edits, added, needle) => {
          const index = buildSearchIndex([...texts]);
          for (const [at, text] of edits) {
            if (at >= index.text.length) continue;
            index.text[at] = text;
            index.dirty.add(at);
          }
          index.text.push(...added);
          const marks = searchMatches(index, needle);
          expect(Array.from(marks)).toEqual(index.text.map((t) => (t.includes(needle) ? 1 : 0)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never matches across two accounts', () => {
    const index = buildSearchIndex(['abc', 'def']);
    expect(Array.from(searchMatches(index, 'cd'))).toEqual([0, 0]);
  });
});

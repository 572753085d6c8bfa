import { describe, expect, it } from 'vitest';
import { MAX_NAME_CHARS, nameProblem, uniqueName } from '@shared/domain/names';

describe('names of territories, regions and scenarios', () => {
  it.each([
    ['', ['Süd 1'], 'empty'],
    ['   ', [], 'empty'],
    ['x'.repeat(MAX_NAME_CHARS + 1), [], 'too-long'],
    ['süd 1 ', ['Süd 1'], 'taken'],
    ['MÜNCHEN-ÖST', ['München-Öst'], 'taken'],
    ['Straße 1', ['STRASSE 1'], null],
    ['Süd 2', ['Süd 1'], null],
    ['x'.repeat(MAX_NAME_CHARS), [], null],
  ] as const)('%j beside %j → %s', (name, others, problem) => {
    expect(nameProblem(name, others)).toBe(problem);
  });

  it('numbers a default name until it is free', () => {
    expect(uniqueName('New territory', [])).toBe('New territory');
    expect(uniqueName('New territory', ['new territory', 'New territory 2'])).toBe(
      'New territory 3',
    );
  });
});

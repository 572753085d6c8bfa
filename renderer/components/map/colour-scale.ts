/**
 * Colours for the map. Sequential: viridis (perceptually even, readable with every common
 * colour-vision deficiency and in greyscale). Categories: Okabe–Ito's eight colour-blind-safe
 * colours, given to territories so that no two bordering ones share a colour where the
 * palette allows it.
 */
export const SEQUENTIAL = [
  '#fde725',
  '#a0da39',
  '#4ac16d',
  '#1fa187',
  '#277f8e',
  '#365c8d',
  '#46327e',
] as const;

export const CATEGORIES = [
  '#e69f00',
  '#56b4e9',
  '#009e73',
  '#f0e442',
  '#0072b2',
  '#d55e00',
  '#cc79a7',
  '#999999',
] as const;

/** Where nothing is: no accounts, no territory. */
export const NO_DATA = '#eceff3';

export interface SequentialScale {
  /** The colour of each class, lowest first. */
  colours: readonly string[];
  /** Upper bound of each class but the last (the legend's breaks), ascending. */
  breaks: number[];
  colourOf(value: number): string;
}

/**
 * Classes by quantiles of the values that are present (NaN = no data): sales figures are
 * heavily skewed, and equal-width classes would paint nearly every area the lowest colour.
 */
export function quantileScale(values: ArrayLike<number>): SequentialScale {
  const present = Array.from(values)
    .filter((v) => Number.isFinite(v))
    .sort((a, b) => a - b);
  const classes = SEQUENTIAL.length;
  const breaks: number[] = [];
  if (present.length > 0)
    for (let c = 1; c < classes; c += 1) {
      const value =
        present[Math.min(present.length - 1, Math.floor((c * present.length) / classes))]!;
      // A break only where values differ: equal values share a class.
      if (value > (breaks.at(-1) ?? present[0]!)) breaks.push(value);
    }
  const colours = SEQUENTIAL.slice(0, breaks.length + 1);
  return {
    colours,
    breaks,
    colourOf(value) {
      if (!Number.isFinite(value)) return NO_DATA;
      let c = 0;
      while (c < breaks.length && value >= breaks[c]!) c += 1;
      return colours[c]!;
    },
  };
}

/**
 * Gives each group (territory, owner or region) one of the category colours: groups in order
 * of how many neighbours they have, each taking the first colour none of its coloured
 * neighbours has (greedy graph colouring), the least used one when all are taken.
 */
export function colourGroups(
  groups: readonly string[],
  touching: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, string> {
  const colour = new Map<string, number>();
  const used = new Array<number>(CATEGORIES.length).fill(0);
  const order = [...groups].sort(
    (a, b) => (touching.get(b)?.size ?? 0) - (touching.get(a)?.size ?? 0) || (a < b ? -1 : 1),
  );
  for (const group of order) {
    const taken = new Set([...(touching.get(group) ?? [])].map((n) => colour.get(n)));
    let pick = CATEGORIES.findIndex((_, c) => !taken.has(c));
    if (pick < 0) pick = used.indexOf(Math.min(...used));
    colour.set(group, pick);
    used[pick]! += 1;
  }
  return new Map([...colour].map(([group, c]) => [group, CATEGORIES[c]!]));
}

import { allBorderLines, groupBorders, type PostalMapModel } from '@renderer/app/data/postal-map';
import { visibleBox, type Box, type MapView } from './map-view';
import { lineBox, overlaps, tileItems, type Tile } from './map-tiles';

/** Accounts as dots: positions in map units and a class (colour) per dot. */
export interface DotLayer {
  x: Float32Array;
  y: Float32Array;
  /** Index into `colours`; the class also sets the size (higher = larger). */
  cls: Uint8Array;
  colours: readonly string[];
  sizes: readonly number[];
}

/** A layer of lines (edges, borders) in tiles. */
export type LineTiles = ReadonlyArray<Tile<Path2D>>;
/** Fills in tiles: in each tile, one path per colour. */
export type FillTiles = ReadonlyArray<Tile<Map<string, Path2D>>>;

export interface MapLayers {
  /** Per tile, one path per colour: all its areas of that colour, filled at once. */
  fills: FillTiles;
  /** Every area's edge, drawn faintly once areas are big enough on screen to tell apart. */
  edges: LineTiles | null;
  /** Borders between groups (territories, owners, regions) and the country's outline. */
  borders: LineTiles | null;
  selection: Path2D | null;
  /** Areas to point out (a scenario's moved areas). */
  highlight: Path2D | null;
  dots: DotLayer | null;
}

const areaPathCache = new WeakMap<PostalMapModel, Path2D[]>();
/** Each area's outline as its own path, built once per map: later paths only add them up. */
function areaPaths(model: PostalMapModel): Path2D[] {
  let paths = areaPathCache.get(model);
  if (!paths) {
    paths = model.polygons.map((polygons) => {
      const path = new Path2D();
      for (const polygon of polygons)
        for (const ring of polygon) {
          ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
          path.closePath();
        }
      return path;
    });
    areaPathCache.set(model, paths);
  }
  return paths;
}

/** A path of the given areas' outlines. */
export function areasPath(model: PostalMapModel, areas: Iterable<number>): Path2D {
  const paths = areaPaths(model);
  const path = new Path2D();
  for (const area of areas) path.addPath(paths[area]!);
  return path;
}

const fillCache = new WeakMap<readonly string[], FillTiles>();

/**
 * Groups areas by tile and fill colour: a few hundred fills per frame instead of 8,000, and
 * only the tiles in view. Kept per colouring result, so a reopened map builds no paths.
 */
export function fillPaths(model: PostalMapModel, fills: readonly string[]): FillTiles {
  const hit = fillCache.get(fills);
  if (hit) return hit;
  const paths = areaPaths(model);
  const tiles = tileItems(
    model.map.width,
    model.boxes,
    fills.keys(),
    () => new Map<string, Path2D>(),
    (byColour, area) => {
      const colour = fills[area]!;
      let path = byColour.get(colour);
      if (!path) byColour.set(colour, (path = new Path2D()));
      path.addPath(paths[area]!);
    },
  );
  fillCache.set(fills, tiles);
  return tiles;
}

const borderCache = new WeakMap<ArrayLike<number>, LineTiles>();

/** The borders between groups and the country's outline, kept per grouping. */
export function bordersPath(model: PostalMapModel, groupOf: Int32Array): LineTiles {
  let tiles = borderCache.get(groupOf);
  if (!tiles) {
    tiles = lineTiles(model, groupBorders(model, groupOf));
    borderCache.set(groupOf, tiles);
  }
  return tiles;
}

function lineTiles(
  model: PostalMapModel,
  lines: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
): LineTiles {
  return tileItems(
    model.map.width,
    lines.map(lineBox),
    lines.keys(),
    () => new Path2D(),
    (path, index) =>
      lines[index]!.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y))),
  );
}

const parsed = new Map<string, number>();
/** '#rrggbb' as the little-endian RGBA word ImageData expects. */
function rgba(hex: string): number {
  let value = parsed.get(hex);
  if (value === undefined) {
    const n = Number.parseInt(hex.slice(1), 16);
    value = ((0xff << 24) | ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff)) >>> 0;
    parsed.set(hex, value);
  }
  return value;
}

let dotCanvas: HTMLCanvasElement | null = null;

/**
 * Dots are written straight into pixels: 250,000 small squares as canvas rectangles cost tens
 * of milliseconds a frame; as pixels they cost a few.
 */
function paintDots(
  ctx: CanvasRenderingContext2D,
  dots: DotLayer,
  view: MapView,
  dpr: number,
  width: number,
  height: number,
) {
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (w === 0 || h === 0) return;
  dotCanvas ??= document.createElement('canvas');
  if (dotCanvas.width !== w || dotCanvas.height !== h) {
    dotCanvas.width = w;
    dotCanvas.height = h;
  }
  const dctx = dotCanvas.getContext('2d');
  if (!dctx) return;
  const image = dctx.createImageData(w, h);
  const pixels = new Uint32Array(image.data.buffer);
  const colours = dots.colours.map(rgba);
  const k = view.k * dpr;
  const ox = view.x * dpr;
  const oy = view.y * dpr;
  for (let i = 0; i < dots.x.length; i += 1) {
    const px = Math.round(dots.x[i]! * k + ox);
    const py = Math.round(dots.y[i]! * k + oy);
    const cls = dots.cls[i]!;
    const size = Math.round(dots.sizes[cls]! * dpr);
    if (px < 0 || py < 0 || px + size > w || py + size > h) continue;
    const colour = colours[cls]!;
    for (let dy = 0; dy < size; dy += 1) {
      const row = (py + dy) * w + px;
      for (let dx = 0; dx < size; dx += 1) pixels[row + dx] = colour;
    }
  }
  dctx.putImageData(image, 0, 0);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.drawImage(dotCanvas, 0, 0);
}

function strokeTiles(ctx: CanvasRenderingContext2D, tiles: LineTiles, shown: Box) {
  for (const tile of tiles) if (overlaps(tile.box, shown)) ctx.stroke(tile.content);
}

/** The colour that points out a scenario's moved areas (map and legend). */
export const HIGHLIGHT = '#d55e00';

/** Areas pointed out: a translucent fill over their colours and a stronger edge. */
function shade(
  ctx: CanvasRenderingContext2D,
  path: Path2D,
  fill: string,
  edge: string,
  width: number,
) {
  ctx.fillStyle = fill;
  ctx.fill(path);
  ctx.strokeStyle = edge;
  ctx.lineWidth = width;
  ctx.stroke(path);
}

/** Paints one frame: fills, edges, selection, highlight, borders, dots, then the lasso. */
export function paintMap(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  dpr: number,
  view: MapView,
  layers: MapLayers,
  lasso: ReadonlyArray<readonly [number, number]> | null,
) {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, width * dpr, height * dpr);
  ctx.setTransform(view.k * dpr, 0, 0, view.k * dpr, view.x * dpr, view.y * dpr);
  const px = 1 / view.k; // one CSS pixel in map units
  // What the canvas shows, with room for a border's width: tiles outside it are not drawn.
  const shown = visibleBox(view, width, height);
  shown.x0 -= 4 * px;
  shown.y0 -= 4 * px;
  shown.x1 += 4 * px;
  shown.y1 += 4 * px;
  for (const tile of layers.fills) {
    if (!overlaps(tile.box, shown)) continue;
    for (const [colour, path] of tile.content) {
      ctx.fillStyle = colour;
      ctx.fill(path);
    }
  }
  // Area edges only once an area is a few pixels across; before that they are a grey haze.
  if (layers.edges && view.k > 2.5) {
    ctx.strokeStyle = 'rgba(255,255,255,0.7)';
    ctx.lineWidth = 0.5 * px;
    strokeTiles(ctx, layers.edges, shown);
  }
  if (layers.highlight) shade(ctx, layers.highlight, 'rgba(213,94,0,0.35)', HIGHLIGHT, 1.5 * px);
  if (layers.borders) {
    ctx.strokeStyle = '#1f2933';
    ctx.lineWidth = 1.2 * px;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round'; // borders are separate arcs: round ends close the joints
    strokeTiles(ctx, layers.borders, shown);
  }
  if (layers.selection) shade(ctx, layers.selection, 'rgba(20,20,20,0.22)', '#111', px);
  if (layers.dots) paintDots(ctx, layers.dots, view, dpr, width, height);
  if (lasso && lasso.length > 1) {
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.beginPath();
    lasso.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
    ctx.closePath();
    ctx.fillStyle = 'rgba(0,114,178,0.12)';
    ctx.fill();
    ctx.setLineDash([6, 4]);
    ctx.strokeStyle = '#0072b2';
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

const edgeCache = new WeakMap<PostalMapModel, LineTiles>();
/** Every area's edge, each shared edge once: built once per map, shared by every map screen. */
export function allEdges(model: PostalMapModel): LineTiles {
  let tiles = edgeCache.get(model);
  if (!tiles) {
    tiles = lineTiles(model, allBorderLines(model));
    edgeCache.set(model, tiles);
  }
  return tiles;
}

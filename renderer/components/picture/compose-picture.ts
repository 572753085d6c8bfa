export interface LegendEntry {
  label: string;
  color: string;
}

const SCALE = 2;
const PAD = 16;
const TITLE = 28;
const LEGEND = 26;

/**
 * A picture to save: white ground, the title, the body (a chart, a map) and a legend row under
 * it, at twice the screen's pixels. Returns the PNG as base64, as main's savePicture takes it.
 */
export function composePicture(options: {
  width: number;
  height: number;
  title: string;
  legend: readonly LegendEntry[];
  font: string;
  /** Draws the body into the box at (x, y) of the given size, in CSS pixels. */
  draw: (ctx: CanvasRenderingContext2D, x: number, y: number) => void;
}): string {
  const { width, height, title, legend, font, draw } = options;
  const canvas = document.createElement('canvas');
  const w = width + 2 * PAD;
  const h = height + TITLE + (legend.length ? LEGEND : 0) + 2 * PAD;
  canvas.width = Math.ceil(w * SCALE);
  canvas.height = Math.ceil(h * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The picture could not be drawn.');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#1d2733';
  ctx.font = `600 15px ${font}`;
  ctx.textBaseline = 'top';
  ctx.fillText(title, PAD, PAD);
  draw(ctx, PAD, PAD + TITLE);
  let x = PAD;
  const y = PAD + TITLE + height + 8;
  ctx.font = `12px ${font}`;
  for (const entry of legend) {
    ctx.fillStyle = entry.color;
    ctx.fillRect(x, y + 2, 10, 10);
    ctx.fillStyle = '#1d2733';
    ctx.fillText(entry.label, x + 14, y);
    x += 14 + ctx.measureText(entry.label).width + 18;
  }
  return canvas.toDataURL('image/png').slice('data:image/png;base64,'.length);
}

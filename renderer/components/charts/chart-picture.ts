export interface LegendEntry {
  label: string;
  color: string;
}

const SCALE = 2;
const PAD = 16;
const TITLE = 28;
const LEGEND = 26;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn.'));
    image.src = src;
  });
}

/**
 * The chart as a PNG (base64): its title, the SVG recharts drew, and the legend (recharts
 * draws that in HTML, so it is painted here from the entries). Twice the screen's pixels.
 */
export async function chartPng(
  container: HTMLElement,
  title: string,
  legend: readonly LegendEntry[],
): Promise<string> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new Error('There is no chart to save.');
  const { width, height } = svg.getBoundingClientRect();
  const style = getComputedStyle(container);
  const font = style.fontFamily || 'sans-serif';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', font);
  clone.setAttribute('font-size', '12');
  const xml = new XMLSerializer().serializeToString(clone);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`);

  const canvas = document.createElement('canvas');
  const w = width + 2 * PAD;
  const h = height + TITLE + (legend.length ? LEGEND : 0) + 2 * PAD;
  canvas.width = Math.ceil(w * SCALE);
  canvas.height = Math.ceil(h * SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('The chart could not be drawn.');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#1d2733';
  ctx.font = `600 15px ${font}`;
  ctx.textBaseline = 'top';
  ctx.fillText(title, PAD, PAD);
  ctx.drawImage(image, PAD, PAD + TITLE, width, height);
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

import { composePicture, type LegendEntry } from '@renderer/components/picture/compose-picture';

export type { LegendEntry };

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
 * draws that in HTML, so it is painted here from the entries).
 */
export async function chartPng(
  container: HTMLElement,
  title: string,
  legend: readonly LegendEntry[],
): Promise<string> {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new Error('There is no chart to save.');
  const { width, height } = svg.getBoundingClientRect();
  const font = getComputedStyle(container).fontFamily || 'sans-serif';
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.setAttribute('font-family', font);
  clone.setAttribute('font-size', '12');
  const xml = new XMLSerializer().serializeToString(clone);
  const image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`);
  return composePicture({
    width,
    height,
    title,
    legend,
    font,
    draw: (ctx, x, y) => ctx.drawImage(image, x, y, width, height),
  });
}

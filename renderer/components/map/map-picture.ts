import { composePicture, type LegendEntry } from '@renderer/components/picture/compose-picture';

/** The map as it is on screen (this view, these colours) with a title and legend, as PNG. */
export function mapPng(
  canvas: HTMLCanvasElement,
  width: number,
  height: number,
  title: string,
  legend: readonly LegendEntry[],
): string {
  return composePicture({
    width,
    height,
    title,
    legend,
    font: getComputedStyle(canvas).fontFamily || 'sans-serif',
    draw: (ctx, x, y) => ctx.drawImage(canvas, x, y, width, height),
  });
}

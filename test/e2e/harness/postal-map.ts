import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { insideRing } from '@shared/geo/polygon';
import type { PostalMapData } from '@shared/geo/postal-map-data';
import { readPostalMap } from '@shared/geo/postal-map';

/** The shipped map, read as the app reads it: where each postal code's centre is. */
export const map = readPostalMap(
  JSON.parse(readFileSync('assets/geo/postal-areas.json', 'utf8')) as PostalMapData,
);

/** The map canvas's view transform (scale, offset) and where it is on the screen. */
async function viewOf(page: Page) {
  const canvas = page.getByRole('img', { name: /Map of postal areas/ });
  const [k, x, y] = (await canvas.getAttribute('data-view'))!.split(',').map(Number) as [
    number,
    number,
    number,
  ];
  return { k, x, y, box: (await canvas.boundingBox())! };
}

/** The screen point of a postal code's centre, from the canvas's view transform. */
export async function screenPointOf(page: Page, code: string): Promise<[number, number]> {
  const { k, x, y, box } = await viewOf(page);
  const area = map.areaOf.get(code)!;
  return [box.x + map.x[area]! * k + x, box.y + map.y[area]! * k + y];
}

/** Draws a lasso (Shift+drag) as a 24-sided polygon around a screen point; returns its map shape. */
export async function lassoAround(page: Page, [cx, cy]: [number, number], radius: number) {
  const { k, x, y, box } = await viewOf(page);
  const points = Array.from({ length: 24 }, (_, i): [number, number] => [
    cx + radius * Math.cos((i / 24) * 2 * Math.PI),
    cy + radius * Math.sin((i / 24) * 2 * Math.PI),
  ]);
  await page.keyboard.down('Shift');
  await page.mouse.move(...points[0]!);
  await page.mouse.down();
  for (const point of points.slice(1)) await page.mouse.move(...point, { steps: 2 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  return points.map(([sx, sy]): [number, number] => [(sx - box.x - x) / k, (sy - box.y - y) / k]);
}

export function codesInside(shape: ReadonlyArray<[number, number]>): string[] {
  return map.codes.filter((_, i) => insideRing(shape, map.x[i]!, map.y[i]!));
}

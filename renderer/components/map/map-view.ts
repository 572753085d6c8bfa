/** What part of the map the canvas shows: screen = map × k + (x, y), in CSS pixels. */
export interface MapView {
  k: number;
  x: number;
  y: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Zoom stays between the whole country and a district's streets (≈ 60 m per pixel). */
const MAX_ZOOM_OVER_FIT = 40;

/** The view that shows `box` (map units) centred in a canvas of the given size, with a margin. */
export function fitView(box: Box, width: number, height: number, margin = 12): MapView {
  const w = Math.max(box.x1 - box.x0, 1e-6);
  const h = Math.max(box.y1 - box.y0, 1e-6);
  const k = Math.max(1e-6, Math.min((width - 2 * margin) / w, (height - 2 * margin) / h));
  return {
    k,
    x: (width - k * (box.x0 + box.x1)) / 2,
    y: (height - k * (box.y0 + box.y1)) / 2,
  };
}

/** Zooms by `factor` keeping the map point under (px, py) in place, within the zoom limits. */
export function zoomAt(
  view: MapView,
  factor: number,
  px: number,
  py: number,
  whole: MapView,
): MapView {
  const k = Math.min(whole.k * MAX_ZOOM_OVER_FIT, Math.max(whole.k, view.k * factor));
  const applied = k / view.k;
  return { k, x: px - (px - view.x) * applied, y: py - (py - view.y) * applied };
}

export function panBy(view: MapView, dx: number, dy: number): MapView {
  return { k: view.k, x: view.x + dx, y: view.y + dy };
}

/** The map point under a screen point. */
export function toMap(view: MapView, sx: number, sy: number): [number, number] {
  return [(sx - view.x) / view.k, (sy - view.y) / view.k];
}

/** The map box the canvas shows. */
export function visibleBox(view: MapView, width: number, height: number): Box {
  const [x0, y0] = toMap(view, 0, 0);
  const [x1, y1] = toMap(view, width, height);
  return { x0, y0, x1, y1 };
}

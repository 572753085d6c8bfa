import { z } from 'zod';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Bounds {
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 960, height: 600 };
/** How much of the window must stay on a display to count as reachable (the title bar). */
const VISIBLE = { width: 120, height: 40 };

const stateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

/** The saved state, or null for anything unreadable (first start, damaged file). */
export function parseWindowState(text: string | null): WindowState | null {
  if (!text) return null;
  try {
    const parsed = stateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

function centred(size: { width: number; height: number }, area: Bounds): Bounds {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Where to open the window: where it was, as long as the displays attached now still show
 * it; otherwise its size, centred on the primary display (a monitor was unplugged).
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Bounds[],
  primary: Bounds,
): WindowState {
  if (!saved) return { ...centred(DEFAULT_SIZE, primary), maximized: false };
  const home = workAreas.find((area) => {
    const o = overlap(saved, area);
    return o.width >= VISIBLE.width && o.height >= VISIBLE.height;
  });
  if (!home) return { ...centred(saved, primary), maximized: saved.maximized };
  const width = Math.min(saved.width, home.width);
  const height = Math.min(saved.height, home.height);
  // Keep the title bar on the display even if the window hangs over an edge.
  const x = Math.min(
    Math.max(saved.x, home.x - width + VISIBLE.width),
    home.x + home.width - VISIBLE.width,
  );
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - VISIBLE.height);
  return { x, y, width, height, maximized: saved.maximized };
}

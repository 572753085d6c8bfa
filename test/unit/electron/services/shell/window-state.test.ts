import { describe, expect, it } from 'vitest';
import { parseWindowState, placeWindow } from '../../../../../electron/services/shell/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const external = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('placeWindow', () => {
  it('centres the default size on the primary display at first start', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({
      x: 80,
      y: 20,
      width: 1280,
      height: 820,
      maximized: false,
    });
  });

  it('puts the window back where it was while that display is attached', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop, external], laptop)).toEqual(saved);
  });

  it('brings a window from an unplugged monitor back onto the primary display', () => {
    const saved = { x: 1600, y: 100, width: 1400, height: 900, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual({
      x: 20,
      y: 0,
      width: 1400,
      height: 860,
      maximized: false,
    });
  });

  it('keeps the title bar reachable when the window hangs over an edge', () => {
    const placed = placeWindow(
      { x: -1000, y: -50, width: 1200, height: 700, maximized: false },
      [laptop],
      laptop,
    );
    expect(placed.y).toBe(0);
    expect(placed.x + placed.width).toBeGreaterThanOrEqual(120);
  });

  it('shrinks a window larger than the display it opens on', () => {
    const saved = { x: 0, y: 0, width: 3000, height: 2000, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toMatchObject({ width: 1440, height: 860 });
  });
});

describe('parseWindowState', () => {
  it.each([
    null,
    '',
    'not json',
    '{"x":"a"}',
    '{"x":1,"y":2,"width":-5,"height":3,"maximized":false}',
  ])('ignores %s', (text) => {
    expect(parseWindowState(text)).toBeNull();
  });

  it('reads a saved state', () => {
    expect(parseWindowState('{"x":1,"y":2,"width":900,"height":600,"maximized":true}')).toEqual({
      x: 1,
      y: 2,
      width: 900,
      height: 600,
      maximized: true,
    });
  });
});

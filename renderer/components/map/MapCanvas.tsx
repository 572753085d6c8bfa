import { ImageDown, Maximize, Minus, Plus } from 'lucide-react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { areaAt, areasInShape, type PostalMapModel } from '@renderer/app/data/postal-map';
import type { LegendEntry } from '@renderer/components/picture/compose-picture';
import { useSavePicture } from '@renderer/components/picture/use-save-picture';
import { useI18n } from '@renderer/i18n/i18n-context';
import { mapPng } from './map-picture';
import { fitView, panBy, toMap, visibleBox, zoomAt, type Box, type MapView } from './map-view';
import { paintMap, type MapLayers } from './paint-map';

export type DragMode = 'pan' | 'lasso';

interface Props {
  model: PostalMapModel;
  layers: MapLayers;
  /** What the canvas shows, for screen readers (the table beside it is the full alternative). */
  label: string;
  mode: DragMode;
  /** A request to show a box (a territory, a region, the selection); `key` repeats a request. */
  focus: { box: Box; key: number } | null;
  onHover: (area: number | null, at: { x: number; y: number } | null) => void;
  /** Areas clicked (toggle) or caught by a lasso (add). */
  onSelect: (areas: number[], how: 'toggle' | 'add') => void;
  /** The map box in view, after every move (for the areas-in-view table). */
  onView?: (box: Box) => void;
  /** What "Save as PNG" writes: the title, the legend and the file name's first part. */
  picture?: { title: string; legend: readonly LegendEntry[]; fileBase: string };
}

/** Pixels a press may move and still be a click. */
const CLICK_SLOP = 4;

/** The map on a canvas: zoom, pan, hover, click and lasso. Drawing is paint-map.ts. */
export function MapCanvas(props: Props) {
  const { model, layers, label, mode, focus } = props;
  const { t } = useI18n();
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // The user's own view, kept until the next focus request; before any move, the focus (or
  // the whole country) fitted to the canvas — so a resize refits an untouched map.
  const [moved, setMoved] = useState<{ view: MapView; focus: Props['focus'] } | null>(null);
  // Memoised so that a re-render with nothing new paints nothing.
  const whole = useMemo(
    () => (size.width > 0 ? fitView(model.whole, size.width, size.height) : null),
    [model, size],
  );
  const fitted = useMemo(
    () => (size.width > 0 && focus ? fitView(focus.box, size.width, size.height, 40) : whole),
    [focus, size, whole],
  );
  const view = moved && moved.focus === focus ? moved.view : fitted;
  const setView = (next: MapView) => setMoved({ view: next, focus });
  const drag = useRef<{
    kind: DragMode;
    startX: number;
    startY: number;
    moved: boolean;
    view: MapView;
    lasso: Array<[number, number]>;
  } | null>(null);
  const [lasso, setLasso] = useState<Array<[number, number]> | null>(null);
  const { busy, save } = useSavePicture();
  const picture = props.picture;
  const savePicture = () => {
    const element = canvas.current;
    if (picture && element)
      void save(picture.fileBase, () =>
        mapPng(element, size.width, size.height, picture.title, picture.legend),
      );
  };
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  // The canvas fills its pane and follows it.
  useEffect(() => {
    const element = wrap.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((old) =>
        old.width === Math.round(width) && old.height === Math.round(height)
          ? old
          : { width: Math.round(width), height: Math.round(height) },
      );
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, []);

  // Paint on the next frame whenever anything drawn changes.
  useEffect(() => {
    const element = canvas.current;
    if (!element || !view || size.width === 0) return;
    const dpr = window.devicePixelRatio || 1;
    const frame = requestAnimationFrame(() => {
      const started = performance.now();
      if (element.width !== Math.round(size.width * dpr))
        element.width = Math.round(size.width * dpr);
      if (element.height !== Math.round(size.height * dpr))
        element.height = Math.round(size.height * dpr);
      const ctx = element.getContext('2d');
      if (!ctx) return;
      paintMap(ctx, size.width, size.height, dpr, view, layers, lasso);
      // For the benchmark: when the last frame of the map was painted and how long it took.
      performance.clearMeasures('stp:map:painted');
      performance.measure('stp:map:painted', { start: started });
    });
    return () => cancelAnimationFrame(frame);
  }, [view, layers, lasso, size]);

  useEffect(() => {
    if (view && size.width > 0)
      callbacks.current.onView?.(visibleBox(view, size.width, size.height));
  }, [view, size]);

  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const rect = canvas.current!.getBoundingClientRect();
    return [e.clientX - rect.left, e.clientY - rect.top];
  };

  const zoom = (factor: number, at?: [number, number]) => {
    if (!view || !whole) return;
    const [px, py] = at ?? [size.width / 2, size.height / 2];
    setView(zoomAt(view, factor, px, py, whole));
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!view || e.button !== 0) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const [x, y] = local(e);
    drag.current = {
      kind: mode === 'lasso' || e.shiftKey ? 'lasso' : 'pan',
      startX: x,
      startY: y,
      moved: false,
      view,
      lasso: [[x, y]],
    };
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!view) return;
    const [x, y] = local(e);
    const state = drag.current;
    if (!state) {
      const [mx, my] = toMap(view, x, y);
      const area = areaAt(model, mx, my);
      callbacks.current.onHover(area, area === null ? null : { x, y });
      return;
    }
    if (Math.hypot(x - state.startX, y - state.startY) > CLICK_SLOP) state.moved = true;
    if (state.kind === 'pan') setView(panBy(state.view, x - state.startX, y - state.startY));
    else {
      state.lasso.push([x, y]);
      setLasso([...state.lasso]);
    }
  };

  const onPointerUp = (e: PointerEvent<HTMLCanvasElement>) => {
    const state = drag.current;
    drag.current = null;
    if (!state || !view) return;
    const [x, y] = local(e);
    if (!state.moved) {
      const [mx, my] = toMap(view, x, y);
      const area = areaAt(model, mx, my);
      if (area !== null) callbacks.current.onSelect([area], 'toggle');
    } else if (state.kind === 'lasso') {
      const shape = state.lasso.map(([sx, sy]) => toMap(view, sx, sy));
      callbacks.current.onSelect(areasInShape(model, shape), 'add');
    }
    setLasso(null);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const step = 60;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [step, 0],
      ArrowRight: [-step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[e.key];
    if (move && view) setView(panBy(view, move[0], move[1]));
    else if (e.key === '+' || e.key === '=') zoom(1.5);
    else if (e.key === '-') zoom(1 / 1.5);
    else if (e.key === '0' && whole) setView(whole);
    else if (e.key === 'Escape') {
      drag.current = null;
      setLasso(null);
    } else return;
    e.preventDefault();
  };

  const zoomRef = useRef(zoom);
  useEffect(() => {
    zoomRef.current = zoom;
  });
  // Wheel zoom needs a non-passive listener to keep the page from scrolling.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = element.getBoundingClientRect();
      zoomRef.current(Math.exp(-e.deltaY * 0.0015), [e.clientX - rect.left, e.clientY - rect.top]);
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, []);

  return (
    <div className="map-canvas" ref={wrap}>
      <canvas
        ref={canvas}
        role="img"
        tabIndex={0}
        aria-label={label}
        // The view transform, for tests that point at a place on the map.
        data-view={view ? `${view.k},${view.x},${view.y}` : undefined}
        style={{ width: size.width, height: size.height }}
        className={mode === 'lasso' ? 'lasso' : undefined}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerLeave={() => {
          if (!drag.current) callbacks.current.onHover(null, null);
        }}
        onDoubleClick={(e) => zoom(2, local(e))}
        onKeyDown={onKeyDown}
      />
      <div className="map-zoom" role="group" aria-label={t('map.controls')}>
        <button
          type="button"
          className="icon-button"
          aria-label={t('map.zoomIn')}
          title={t('map.zoomIn')}
          onClick={() => zoom(1.5)}
        >
          <Plus size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('map.zoomOut')}
          title={t('map.zoomOut')}
          onClick={() => zoom(1 / 1.5)}
        >
          <Minus size={16} aria-hidden="true" />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={t('map.whole')}
          title={t('map.whole')}
          onClick={() => whole && setView(whole)}
        >
          <Maximize size={16} aria-hidden="true" />
        </button>
        {picture && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('perf.chart.savePng')}
            title={t('perf.chart.savePng')}
            disabled={busy}
            onClick={savePicture}
          >
            <ImageDown size={16} aria-hidden="true" />
          </button>
        )}
      </div>
    </div>
  );
}

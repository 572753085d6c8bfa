/**
 * The shipped postal-area map (assets/geo/postal-areas.json), compact: in projected map units
 * (0…width × 0…height, y downwards), quantized like TopoJSON. Areas are approximations:
 * Voronoi cells of the postal-code centres, cut to Germany's outline.
 */
export interface PostalMapData {
  version: 1;
  width: number;
  height: number;
  /** TopoJSON's transform: map units = quantized × scale + translate. */
  transform: { scale: [number, number]; translate: [number, number] };
  /** Shared borders: TopoJSON arcs, quantized and delta-encoded. */
  arcs: Array<Array<[number, number]>>;
  /** Postal codes in ascending order, each as the difference from the one before. */
  codeSteps: number[];
  /** Each area as polygons of rings of arc indexes (TopoJSON MultiPolygon arcs), in code order. */
  areas: number[][][][];
  /** Each code's centre in tenths of a map unit, [x, y] pairs, each the difference from the last. */
  centreSteps: number[];
}

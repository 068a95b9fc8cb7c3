// The event map: Natural Earth country shapes (world-atlas, vendored from npm) drawn as SVG in
// an equirectangular projection. It zooms and pans; at each zoom nearby events are gathered into
// one numbered cluster (so a thousand US events are one disc, not a pile), or drawn as a density
// grid. Marker sizes grow with the square root of the dead and stop at a cap, so one mis-coded
// toll cannot cover a continent.

import { colourOf, QUAD_COLOURS } from "../colours.js";
import { h, legend, s } from "../dom.js";
import { eventHref } from "../routes.js";
import { panZoom } from "./panzoom.js";

const WIDTH = 960;
const HEIGHT = 480;
const CLUSTER_COLUMNS = 28; // cluster cells across the visible width (about 34 px each)
const DENSITY_COLUMNS = 120; // density cells across the visible width (about 8 px each)
export const MAX_RADIUS = 16; // pixels, reached at 100 killed
const SIZE_EXAMPLES = [0, 10, 100];
let worldShapes = null;

const project = (lon, lat) => [((lon + 180) / 360) * WIDTH, ((90 - lat) / 180) * HEIGHT];

async function countries() {
  if (worldShapes) return worldShapes;
  if (!window.topojson) throw new Error("the basemap is not installed (run `make setup`)");
  const response = await fetch("/static/vendor/countries-50m.json");
  if (!response.ok) throw new Error("the basemap is not installed (run `make setup`)");
  const topology = await response.json();
  worldShapes = window.topojson.feature(topology, topology.objects.countries).features;
  return worldShapes;
}

function ringPath(ring) {
  let path = "";
  let previousLon = null;
  for (const [lon, lat] of ring) {
    const [x, y] = project(lon, lat);
    // A jump across the antimeridian starts a new sub-path instead of a line across the map.
    const command = previousLon === null || Math.abs(lon - previousLon) > 180 ? "M" : "L";
    path += `${command}${x.toFixed(1)},${y.toFixed(1)}`;
    previousLon = lon;
  }
  return `${path}Z`;
}

function geometryPath(geometry) {
  if (!geometry) return "";
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((polygon) => polygon.map(ringPath)).join("");
}

/** The view that frames the points with some margin (the whole world when there are none). */
function frame(points) {
  if (!points.length) return [0, 0, WIDTH, HEIGHT];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const minimum = 60; // about 22 degrees of longitude
  let width = Math.max(x1 - x0, minimum) * 1.4;
  let height = Math.max(y1 - y0, minimum / 2) * 1.4;
  if (width / height > 2) height = width / 2;
  else width = height * 2;
  width = Math.min(width, WIDTH);
  return [(x0 + x1) / 2 - width / 2, (y0 + y1) / 2 - width / 4, width, width / 2];
}

/** A marker's radius in pixels: the square root of the dead, capped. */
export function markerRadius(fatalities) {
  return Math.min(4 + 1.2 * Math.sqrt(fatalities || 0), MAX_RADIUS);
}

function clusterRadius(count) {
  return Math.min(9 + 2.5 * Math.log2(count), 20);
}

/** A group's drawn radius (pixels) and centre (drawing units). */
function disc(group) {
  const x = group.reduce((sum, point) => sum + point.x, 0) / group.length;
  const y = group.reduce((sum, point) => sum + point.y, 0) / group.length;
  return { x, y, radius: group.length === 1 ? markerRadius(group[0].event.fatalities) : clusterRadius(group.length) };
}

/**
 * Groups whose discs would overlap on screen joined into one, biggest first, until none
 * overlap (grid cells alone leave neighbours across a cell edge drawn on top of each other).
 */
function separate(groups, unit) {
  let current = groups.map((group) => ({ points: group, ...disc(group) }));
  for (let pass = 0; pass < 4; pass += 1) {
    const kept = [];
    let merged = false;
    for (const group of current.sort((a, b) => b.points.length - a.points.length)) {
      const host = kept.find((other) => Math.hypot(group.x - other.x, group.y - other.y) < (group.radius + other.radius) * unit);
      if (host) {
        host.points = host.points.concat(group.points);
        Object.assign(host, disc(host.points));
        merged = true;
      } else {
        kept.push(group);
      }
    }
    current = kept;
    if (!merged) break;
  }
  return current.map((group) => group.points);
}

function cells(points, view, cell, margin) {
  const [x0, y0, width, height] = view;
  const groups = new Map();
  for (const point of points) {
    if (point.x < x0 - margin || point.x > x0 + width + margin || point.y < y0 - margin || point.y > y0 + height + margin) continue;
    const key = `${Math.floor(point.x / cell)}:${Math.floor(point.y / cell)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(point);
  }
  return groups;
}

function eventLabel(event) {
  const type = `${event.plover_type}${event.acled_sub_event_type ? ` / ${event.acled_sub_event_type}` : ""}`;
  const when = event.date ? `${event.date}${event.date_precision === "week" ? " (week)" : ""}` : "undated";
  return `${when} · ${type} · ${event.location.name || ""}${event.fatalities ? ` · ${event.fatalities} killed` : ""}`;
}

function keyOf(event, colourBy) {
  return colourBy === "acled" ? event.acled_event_type || "not ACLED-coded" : event.quad_class;
}

function markerNode(point, unit, colourBy) {
  const { event } = point;
  return s(
    "a",
    { href: eventHref(event.event_id), class: "marker", dataset: { eventId: event.event_id } },
    s("circle", { cx: point.x, cy: point.y, r: markerRadius(event.fatalities) * unit, fill: colourOf(keyOf(event, colourBy)) }),
    s("title", {}, eventLabel(event)),
  );
}

function clusterNode(group, unit, { zoomTo, listHref, minWidth }) {
  const x = group.reduce((sum, point) => sum + point.x, 0) / group.length;
  const y = group.reduce((sum, point) => sum + point.y, 0) / group.length;
  const xs = group.map((point) => point.x);
  const ys = group.map((point) => point.y);
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const killed = group.reduce((sum, point) => sum + (point.event.fatalities || 0), 0);
  const radius = clusterRadius(group.length) * unit;
  const together = spread * 64 < minWidth; // one place: zooming cannot part them, so list them
  const first = group[0].event.location;
  const title = `${group.length} events${killed ? `, ${killed} killed` : ""}: ${together ? `at ${first.name || "one place"}, click to list them` : "click to zoom in"}`;
  const node = s(
    "a",
    { class: "cluster", href: together ? listHref(first.lat, first.lon) : "#", dataset: { count: String(group.length) } },
    s("circle", { cx: x, cy: y, r: radius }),
    s("text", { x, y, dy: "0.35em", "font-size": 11 * unit }, String(group.length)),
    s("title", {}, title),
  );
  if (!together) {
    node.addEventListener("click", (event) => {
      event.preventDefault();
      const width = Math.max(spread * 1.6, minWidth);
      zoomTo([x - width / 2, y - width / 4, width, width / 2]);
    });
  }
  return node;
}

function drawClusters(layer, points, view, options) {
  const unit = view[2] / WIDTH;
  const cell = view[2] / CLUSTER_COLUMNS;
  const markers = [];
  const clusters = [];
  for (const group of separate([...cells(points, view, cell, cell).values()], unit)) {
    if (group.length === 1) markers.push(group[0]);
    else clusters.push(clusterNode(group, unit, options));
  }
  // Biggest first, so small markers stay clickable on top.
  markers.sort((a, b) => (b.event.fatalities || 0) - (a.event.fatalities || 0));
  layer.replaceChildren(...clusters, ...markers.map((point) => markerNode(point, unit, options.colourBy)));
  return { markers: markers.length, clusters: clusters.length };
}

function drawDensity(layer, points, view) {
  const cell = view[2] / DENSITY_COLUMNS;
  const groups = [...cells(points, view, cell, cell).entries()];
  const most = Math.max(1, ...groups.map(([, group]) => group.length));
  layer.replaceChildren(
    ...groups.map(([key, group]) => {
      const [column, row] = key.split(":").map(Number);
      const strength = Math.log1p(group.length) / Math.log1p(most);
      return s(
        "rect",
        { x: column * cell, y: row * cell, width: cell, height: cell, "fill-opacity": (0.2 + 0.75 * strength).toFixed(2), dataset: { count: String(group.length) } },
        s("title", {}, `${group.length} events`),
      );
    }),
  );
  return { cells: groups.length, most };
}

function sizeLegend() {
  const entries = SIZE_EXAMPLES.map((killed, index) => ({
    radius: markerRadius(killed),
    label: index === SIZE_EXAMPLES.length - 1 ? `${killed}+ killed` : `${killed} killed`,
  }));
  const svg = s("svg", { class: "size-legend", height: 2 * MAX_RADIUS + 4, "aria-label": "marker sizes" });
  let x = 1;
  for (const { radius, label } of entries) {
    svg.append(
      s("circle", { cx: x + radius, cy: MAX_RADIUS + 2, r: radius }),
      s("text", { x: x + 2 * radius + 4, y: MAX_RADIUS + 6 }, label),
    );
    x += 2 * radius + 4 + label.length * 6.5 + 12; // the label at 11 px, then a gap
  }
  svg.setAttribute("width", Math.ceil(x));
  return svg;
}

/**
 * The map of `events` (each with a location), drawn as clustered markers or (`layer:
 * "density"`) as a density grid. `listHref(lat, lon)` is where a cluster of events at one place
 * leads: the list of those events.
 */
export async function worldMap(events, { colourBy = "quad", layer = "markers", listHref } = {}) {
  const shapes = await countries();
  const located = events.filter((event) => event.location);
  const points = located.map((event) => {
    const [x, y] = project(event.location.lon, event.location.lat);
    return { x, y, event };
  });
  const home = frame(points.map((point) => [point.x, point.y]));
  const svg = s("svg", {
    class: `map layer-${layer}`,
    role: "img",
    "aria-label": `Map of ${located.length} events`,
    dataset: { markers: String(located.length), countries: String(shapes.length) },
  });
  svg.append(s("rect", { x: -WIDTH, y: -HEIGHT, width: WIDTH * 3, height: HEIGHT * 3, class: "sea" }));
  const land = s("g", { class: "land" });
  for (const shape of shapes) {
    land.append(s("path", { d: geometryPath(shape.geometry) }, s("title", {}, shape.properties.name || "")));
  }
  const drawn = s("g", { class: layer === "density" ? "density" : "markers" });
  svg.append(land, drawn);
  const minWidth = WIDTH / 256;
  let camera = null;
  const redraw = (view) => {
    const counts = layer === "density" ? drawDensity(drawn, points, view) : drawClusters(drawn, points, view, { colourBy, listHref, minWidth, zoomTo: (next) => camera.zoomTo(next) });
    Object.assign(svg.dataset, Object.fromEntries(Object.entries(counts).map(([name, value]) => [`drawn${name[0].toUpperCase()}${name.slice(1)}`, String(value)])));
  };
  camera = panZoom(svg, home, { minWidth, maxWidth: WIDTH * 1.5, onChange: redraw });
  redraw(home);
  const keys = colourBy === "acled"
    ? [...new Set(located.map((event) => event.acled_event_type || "not ACLED-coded"))]
    : Object.keys(QUAD_COLOURS);
  const key = layer === "density"
    ? legend([["#c8322f", "events per cell (darker: more, on a log scale)"]])
    : h("div", { class: "legend" }, [...legend(keys.map((name) => [colourOf(name), name])).children], h("span", { class: "legend-item" }, sizeLegend()), h("span", { class: "legend-item muted" }, "numbered discs: nearby events, click to zoom in"));
  return h("figure", { class: "chart map-chart" }, camera.controls, svg, key);
}

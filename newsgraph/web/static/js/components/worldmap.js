// The event map: Natural Earth country shapes (world-atlas, vendored from npm) drawn as SVG in
// an equirectangular projection, zoomed to the events; markers sized by fatalities.

import { colourOf, QUAD_COLOURS } from "../colours.js";
import { h, legend, s } from "../dom.js";
import { eventHref } from "../routes.js";

const WIDTH = 960;
const HEIGHT = 480;
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

/** The viewBox that frames the events with some margin (the whole world when there are none). */
function frame(points) {
  if (!points.length) return [0, 0, WIDTH, HEIGHT];
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const minimum = 60; // about 22 degrees of longitude
  let width = Math.max(x1 - x0, minimum) * 1.4;
  let height = Math.max(y1 - y0, minimum / 2) * 1.4;
  if (width / height > 2) height = width / 2;
  else width = height * 2;
  return [(x0 + x1) / 2 - width / 2, (y0 + y1) / 2 - height / 2, width, height];
}

export function markerRadius(event) {
  return 4 + 2.5 * Math.sqrt(event.fatalities || 0);
}

export async function worldMap(events, { colourBy = "quad" } = {}) {
  const shapes = await countries();
  const located = events.filter((event) => event.location);
  const points = located.map((event) => project(event.location.lon, event.location.lat));
  const view = frame(points);
  const scale = view[2] / WIDTH;
  const svg = s("svg", {
    viewBox: view.map((value) => value.toFixed(1)).join(" "),
    class: "map",
    role: "img",
    "aria-label": `Map of ${located.length} events`,
    dataset: { markers: String(located.length), countries: String(shapes.length) },
  });
  svg.append(s("rect", { x: -WIDTH, y: -HEIGHT, width: WIDTH * 3, height: HEIGHT * 3, class: "sea" }));
  const land = s("g", { class: "land" });
  for (const shape of shapes) {
    land.append(s("path", { d: geometryPath(shape.geometry) }, s("title", {}, shape.properties.name || "")));
  }
  svg.append(land);
  const markers = s("g", { class: "markers" });
  // Biggest first, so small markers stay clickable on top.
  const order = located.map((event, index) => index).sort((a, b) => markerRadius(located[b]) - markerRadius(located[a]));
  for (const index of order) {
    const event = located[index];
    const [x, y] = points[index];
    const key = colourBy === "acled" ? event.acled_event_type || "not ACLED-coded" : event.quad_class;
    const label = `${event.date || "undated"} · ${event.plover_type}${event.acled_sub_event_type ? ` / ${event.acled_sub_event_type}` : ""} · ${event.location.name || ""}${event.fatalities ? ` · ${event.fatalities} killed` : ""}`;
    const link = s(
      "a",
      { href: eventHref(event.event_id), class: "marker", dataset: { eventId: event.event_id } },
      s("circle", { cx: x, cy: y, r: markerRadius(event) * scale, fill: colourOf(key), "stroke-width": scale }),
      s("title", {}, label),
    );
    markers.append(link);
  }
  svg.append(markers);
  const keys = colourBy === "acled"
    ? [...new Set(located.map((event) => event.acled_event_type || "not ACLED-coded"))]
    : Object.keys(QUAD_COLOURS);
  const key = legend(keys.map((name) => [colourOf(name), name]), "marker size: fatalities");
  return h("figure", { class: "chart" }, svg, key);
}

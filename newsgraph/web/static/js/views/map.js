// Map: geocoded events on an offline vector world map, as clustered markers or a density grid.

import { api } from "../api.js";
import { exportLinks } from "../components/exports.js";
import { filterForm } from "../components/filters.js";
import { worldMap } from "../components/worldmap.js";
import { fill, h } from "../dom.js";
import { eventFilters, href } from "../routes.js";

/** The compact rows of /api/events/points as the event objects the map draws. */
function pointEvents(answer) {
  const at = Object.fromEntries(answer.columns.map((name, index) => [name, index]));
  return answer.points.map((row) => ({
    event_id: row[at.event_id],
    location: { lat: row[at.lat], lon: row[at.lon], name: row[at.location_name] },
    date: row[at.date],
    date_precision: row[at.date_precision],
    plover_type: row[at.plover_type],
    quad_class: row[at.quad_class],
    acled_event_type: row[at.acled_event_type],
    acled_sub_event_type: row[at.acled_sub_event_type],
    fatalities: row[at.fatalities],
  }));
}

function switchLinks(label, name, options, current, state) {
  return [
    label,
    options.map(([value, text]) =>
      h("a", { href: href("/map", { ...state, [name]: value }), class: value === current ? "active" : null, dataset: { [name]: value } }, text),
    ),
  ];
}

export async function mapView(page, params) {
  const filters = eventFilters(params);
  const colourBy = params.colour === "acled" ? "acled" : "quad";
  const layer = params.layer === "density" ? "density" : "markers";
  const state = { ...filters, colour: colourBy, layer };
  const answer = await api("/api/events/points", filters);
  const items = pointEvents(answer);
  // A cluster of one place (points within about 2 km) lists the events within 5 km of it.
  const listHref = (lat, lon) => href("/events", { ...filters, near: `${lat.toFixed(4)},${lon.toFixed(4)},5` });
  fill(page, 
    h("h1", {}, "Map"),
    filterForm("/map", params, { colour: colourBy, layer }),
    h(
      "p",
      { class: "switches" },
      `${items.length} placed events${answer.truncated ? " (the newest only: narrow the filters)" : ""}. `,
      switchLinks("Show ", "layer", [["markers", "markers"], ["density", "density"]], layer, state),
      " · ",
      switchLinks("colour by ", "colour", [["quad", "PLOVER class"], ["acled", "ACLED type"]], colourBy, state),
    ),
    await worldMap(items, { colourBy, layer, listHref }),
    exportLinks(filters),
  );
}

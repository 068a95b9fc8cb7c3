// Map: geocoded events on an offline vector world map.

import { api } from "../api.js";
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
    plover_type: row[at.plover_type],
    quad_class: row[at.quad_class],
    acled_event_type: row[at.acled_event_type],
    acled_sub_event_type: row[at.acled_sub_event_type],
    fatalities: row[at.fatalities],
  }));
}

export async function mapView(page, params) {
  const filters = eventFilters(params);
  const colourBy = params.colour === "acled" ? "acled" : "quad";
  const answer = await api("/api/events/points", filters);
  const items = pointEvents(answer);
  fill(page, 
    h("h1", {}, "Map"),
    filterForm("/map", params),
    h(
      "p",
      { class: "switches" },
      `${items.length} placed events${answer.truncated ? " (the newest only: narrow the filters)" : ""}. Colour by `,
      h("a", { href: href("/map", { ...filters, colour: "quad" }), class: colourBy === "quad" ? "active" : null }, "PLOVER class"),
      " ",
      h("a", { href: href("/map", { ...filters, colour: "acled" }), class: colourBy === "acled" ? "active" : null }, "ACLED type"),
    ),
    await worldMap(items, { colourBy }),
  );
}

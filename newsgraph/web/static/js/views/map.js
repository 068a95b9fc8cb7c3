// Map: geocoded events on an offline vector world map.

import { allItems } from "../api.js";
import { filterForm } from "../components/filters.js";
import { worldMap } from "../components/worldmap.js";
import { fill, h } from "../dom.js";
import { eventFilters, href } from "../routes.js";

const MAX_EVENTS = 5000;

export async function mapView(page, params) {
  const filters = eventFilters(params);
  const colourBy = params.colour === "acled" ? "acled" : "quad";
  const { items, truncated } = await allItems("/api/events", filters, MAX_EVENTS);
  const located = items.filter((event) => event.location).length;
  fill(page, 
    h("h1", {}, "Map"),
    filterForm("/map", params),
    h(
      "p",
      { class: "switches" },
      `${located} of ${items.length} events have a place${truncated ? ` (first ${MAX_EVENTS} only)` : ""}. Colour by `,
      h("a", { href: href("/map", { ...filters, colour: "quad" }), class: colourBy === "quad" ? "active" : null }, "PLOVER class"),
      " ",
      h("a", { href: href("/map", { ...filters, colour: "acled" }), class: colourBy === "acled" ? "active" : null }, "ACLED type"),
    ),
    await worldMap(items, { colourBy }),
  );
}

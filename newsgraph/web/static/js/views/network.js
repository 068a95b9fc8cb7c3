// Network: who acts on whom, cooperation vs conflict.

import { allItems } from "../api.js";
import { filterForm } from "../components/filters.js";
import { networkChart } from "../components/network.js";
import { fill, h } from "../dom.js";
import { eventFilters } from "../routes.js";

const MAX_PAIRS = 300;

export async function networkView(page, params) {
  const { items, truncated } = await allItems("/api/relations", eventFilters(params), MAX_PAIRS);
  fill(page, 
    h("h1", {}, "Actor network"),
    filterForm("/network", params),
    h("p", { class: "muted" }, `${items.length} actor pairs${truncated ? ` (the busiest ${MAX_PAIRS})` : ""}. Click an actor for its page.`),
    items.length ? networkChart(items) : h("p", {}, "No events between two named actors match."),
  );
}

// Network: who acts on whom, cooperation vs conflict; a slider keeps the strongest links.

import { allItems } from "../api.js";
import { filterForm } from "../components/filters.js";
import { buildGraph, networkChart } from "../components/network.js";
import { fill, h } from "../dom.js";
import { eventFilters, href } from "../routes.js";

const MAX_PAIRS = 2000; // directed pairs fetched, busiest first
const DEFAULT_EDGES = 40;

export async function networkView(page, params) {
  const filters = eventFilters(params);
  const { items, truncated } = await allItems("/api/relations", filters, MAX_PAIRS);
  const total = buildGraph(items).edges.length;
  const wanted = Number.parseInt(params.edges, 10);
  let shown = Math.min(total, Number.isFinite(wanted) && wanted > 0 ? wanted : DEFAULT_EDGES);
  const holder = h("div", { class: "network-holder" });
  const count = h("output", { class: "edge-count" });
  const draw = () => {
    count.textContent = `${shown} of ${total} links`;
    holder.replaceChildren(networkChart(items, { maxEdges: shown, filters }));
  };
  const slider = h("input", { type: "range", min: 1, max: Math.max(total, 1), value: shown, step: 1, name: "edges", "aria-label": "Links drawn" });
  slider.addEventListener("change", () => {
    shown = Number(slider.value);
    history.replaceState(null, "", href("/network", { ...params, edges: shown })); // shareable, no reload
    draw();
  });
  slider.addEventListener("input", () => { count.textContent = `${slider.value} of ${total} links`; });
  fill(page,
    h("h1", {}, "Actor network"),
    filterForm("/network", params),
    h("p", { class: "muted" }, `${items.length} directed actor pairs${truncated ? ` (the busiest ${MAX_PAIRS})` : ""}. Type takes a PLOVER class too ("material conflict").`),
  );
  if (!items.length) {
    fill(page, h("p", {}, "No events between two named actors match."));
    return;
  }
  fill(page, h("p", { class: "switches network-slider" }, h("label", {}, "Strongest links: ", slider), " ", count), holder);
  draw();
}

// "Export this view": the events the current filters select, as files, from /api/events/export.

import { h } from "../dom.js";

const FORMATS = [
  ["csv", "CSV"],
  ["geojson", "GeoJSON"],
  ["jsonl", "JSON Lines"],
];

/** Links that download every event matching `filters` (all pages, not just those shown). */
export function exportLinks(filters) {
  const links = FORMATS.map(([format, label]) => {
    const url = new URL("/api/events/export", window.location.origin);
    for (const [name, value] of Object.entries({ ...filters, format })) {
      if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
    }
    return h("a", { href: url.pathname + url.search, download: "", class: "export", dataset: { format } }, label);
  });
  return h("p", { class: "exports muted" }, "Export this view: ", links.flatMap((link, index) => (index ? [" · ", link] : [link])));
}

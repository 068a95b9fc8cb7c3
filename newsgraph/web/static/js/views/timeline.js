// Timeline: events per day/week/month stacked by type, brushable, above the matching events.

import { api } from "../api.js";
import { eventTable } from "../components/eventtable.js";
import { exportLinks } from "../components/exports.js";
import { filterForm } from "../components/filters.js";
import { intervalFor, timelineChart } from "../components/timeline.js";
import { fill, h } from "../dom.js";
import { eventFilters, href } from "../routes.js";

export async function timelineView(page, params) {
  const filters = eventFilters(params);
  const { since, until, ...context } = filters; // the chart keeps the whole span; the brush marks the chosen part
  // The default bar width suits the span of the events dated to the day.
  const daily = await api("/api/timeline", { ...context, interval: "day" });
  const days = daily.buckets.map((bucket) => bucket.period).sort();
  const interval = params.interval || intervalFor(days[0], days[days.length - 1]);
  const by = params.by === "acled" ? "acled" : "plover";
  const timeline = await api("/api/timeline", { ...context, interval, by });
  const chart = timelineChart(timeline, {
    since,
    until,
    onBrush: (from, to) => {
      window.location.hash = href("/events", { ...filters, since: from, until: to, interval, by });
    },
  });
  const switches = h(
    "p",
    { class: "switches" },
    "Bars per ",
    ["day", "week", "month", "year"].map((option) =>
      h("a", { href: href("/events", { ...filters, interval: option, by }), class: option === interval ? "active" : null }, option),
    ),
    " · stacked by ",
    ["plover", "acled"].map((option) =>
      h("a", { href: href("/events", { ...filters, interval, by: option }), class: option === by ? "active" : null }, option === "plover" ? "PLOVER type" : "ACLED type"),
    ),
  );
  const drawn = timeline.buckets.length > 0;
  fill(page, 
    h("h1", {}, "Timeline"),
    filterForm("/events", params),
    switches,
    drawn
      ? chart
      : h("p", { class: "empty-chart", role: "note" },
          `No chart: none of the matching events is dated to the ${interval} or better `
          + "(their articles carry no publication date and their sentences name none). "
          + "The events are listed below."),
    h(
      "p",
      { class: "muted" },
      `Not in the chart: ${timeline.undated} matching events with no date`,
      timeline.too_coarse ? `, ${timeline.too_coarse} dated less precisely than a ${interval}` : "",
      ". Drag across the bars (or click one) to pick dates.",
    ),
    since || until ? h("p", {}, `Showing ${since || "…"} to ${until || "…"} · `, h("a", { href: href("/events", { ...context, interval, by }) }, "all dates")) : null,
    h("h2", {}, "Events"),
    exportLinks({ ...filters, sort: params.sort }),
    await eventTable(filters, 50, { path: "/events", params }),
  );
}

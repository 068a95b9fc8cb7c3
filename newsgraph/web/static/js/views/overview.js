// Overview: what the store holds, its date range, top actors and the latest events.

import { api } from "../api.js";
import { eventTable } from "../components/eventtable.js";
import { fill, formatNumber, h } from "../dom.js";
import { actorHref, href } from "../routes.js";

const CARDS = [
  ["articles", "articles", "/articles"],
  ["events_shown", "events", "/events"],
  ["actors", "actors", "/actors"],
  ["quotes", "quotes", "/quotes"],
  ["near_duplicates", "near duplicates", null],
  ["rejections", "rejected inputs", null],
];

function span(label, range) {
  return h("p", {}, h("strong", {}, `${label}: `), range.first ? `${range.first.slice(0, 10)} – ${range.last.slice(0, 10)}` : "none dated");
}

export async function overviewView(page) {
  const [stats, actors] = await Promise.all([api("/api/stats"), api("/api/actors", { limit: 10 })]);
  fill(page, 
    h("h1", {}, "Overview"),
    h(
      "section",
      { class: "cards" },
      CARDS.map(([key, label, path]) =>
        h(
          path ? "a" : "div",
          { class: "card", href: path ? href(path) : null, dataset: { stat: key } },
          h("span", { class: "card-number" }, formatNumber(stats.counts[key])),
          h("span", { class: "card-label" }, label),
        ),
      ),
    ),
    h(
      "p",
      { class: "muted" },
      `Events shown have confidence ≥ ${stats.min_confidence} (the estimated chance their type is right); `,
      `${formatNumber(stats.counts.events - stats.counts.events_shown)} more are hidden: `,
      h("a", { href: href("/events", { min_confidence: 0 }) }, "list every event"),
      ".",
    ),
    span("Articles published", stats.articles_published),
    span("Dated events", stats.events_dated),
    h("p", { class: "muted" }, `${formatNumber(stats.undated_events)} events have no date (their articles carry none).`),
    h("div", { class: "columns" },
      h("section", {},
        h("h2", {}, "Top actors"),
        h("ol", { class: "top-actors" },
          actors.items.map((actor) =>
            h("li", {}, h("a", { href: actorHref(actor.id) }, actor.name), h("span", { class: "muted" }, ` ${actor.type}${actor.country ? `, ${actor.country}` : ""} · ${actor.mentions} mentions`)),
          ),
        ),
      ),
      h("section", { class: "grow" }, h("h2", {}, "Latest events"), await eventTable({}, 10)),
    ),
  );
}

// A table of events with a "More" button that follows the API's cursor. Given the view's path
// and parameters, its Date, Toll and Conf. headers sort the whole list (the server sorts and
// pages; the sort is kept in the URL).

import { api } from "../api.js";
import { colourOf } from "../colours.js";
import { h } from "../dom.js";
import { eventHref, href, partyHref } from "../routes.js";

function partyCell(party) {
  if (!party) return h("span", { class: "muted" }, "–");
  const label = party.country && !party.name.includes(party.country) ? `${party.name} (${party.country})` : party.name;
  const link = partyHref(party);
  return link ? h("a", { href: link }, label) : label;
}

function toll(event) {
  const parts = [];
  if (event.fatalities !== null) parts.push(`${event.fatalities} killed`);
  if (event.injured !== null) parts.push(`${event.injured} injured`);
  return parts.join(", ");
}

export function eventRow(event) {
  const type = h(
    "span",
    { class: "type-chip", style: `--chip:${colourOf(event.plover_type)}` },
    event.plover_type,
  );
  return h(
    "tr",
    { dataset: { eventId: event.event_id } },
    h(
      "td",
      { class: "nowrap", title: event.date ? `dated to the ${event.date_precision}${event.date_evidence && event.date_evidence.expression ? ` from “${event.date_evidence.expression}”` : ""}` : "no date" },
      event.date || h("span", { class: "muted" }, "undated"),
    ),
    h("td", {}, h("a", { href: eventHref(event.event_id), class: "event-link" }, type, " ", event.acled_sub_event_type || event.plover_mode || "")),
    h("td", {}, partyCell(event.actor1)),
    h("td", {}, partyCell(event.actor2)),
    h("td", {}, event.location ? event.location.name || event.location.country : h("span", { class: "muted" }, "–")),
    h("td", {}, toll(event)),
    h("td", { class: "num" }, String(event.article_ids.length)),
    h("td", { class: "num" }, event.confidence.toFixed(2)),
  );
}

// Column → the sorts its header cycles through (the first is the one a click picks).
const SORTABLE = { Date: ["newest", "oldest"], Toll: ["deadliest"], "Conf.": ["confident"] };
const ARROWS = { newest: " ▼", oldest: " ▲", deadliest: " ▼", confident: " ▼" };

function header(name, sorting) {
  if (!sorting || !SORTABLE[name]) return h("th", {}, name);
  const orders = SORTABLE[name];
  const current = sorting.params.sort || "newest";
  const active = orders.includes(current);
  const next = active ? orders[(orders.indexOf(current) + 1) % orders.length] : orders[0];
  return h(
    "th",
    { "aria-sort": active ? (current === "oldest" ? "ascending" : "descending") : "none" },
    h("a", { href: href(sorting.path, { ...sorting.params, sort: next }), class: "sort", dataset: { sort: next } }, name, active ? ARROWS[current] : ""),
  );
}

const COLUMNS = ["Date", "Event", "Actor 1", "Actor 2", "Place", "Toll", "Articles", "Conf."];

/**
 * A table of the events `params` select, one page at a time. With `sorting` ({path, params}: the
 * view's route and URL parameters), the headers sort it by date, toll or confidence.
 */
export async function eventTable(params, pageSize = 50, sorting = null) {
  const body = h("tbody");
  const table = h(
    "table",
    { class: "events" },
    h("thead", {}, h("tr", {}, COLUMNS.map((name) => header(name, sorting)))),
    body,
  );
  const more = h("button", { type: "button", class: "more" }, "More events");
  const wrapper = h("div", { class: "event-table" }, table, more);
  async function load(cursor) {
    const page = await api("/api/events", { ...params, sort: sorting ? sorting.params.sort : undefined, limit: pageSize, cursor });
    body.append(...page.items.map(eventRow));
    wrapper.dataset.rows = String(body.children.length);
    more.hidden = !page.next_cursor;
    more.onclick = () => load(page.next_cursor);
  }
  await load(null);
  if (!body.children.length) body.append(h("tr", {}, h("td", { colspan: COLUMNS.length, class: "muted" }, "No events match.")));
  return wrapper;
}

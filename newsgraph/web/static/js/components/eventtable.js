// A table of events with a "More" button that follows the API's cursor.

import { api } from "../api.js";
import { colourOf } from "../colours.js";
import { h } from "../dom.js";
import { eventHref, partyHref } from "../routes.js";

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
    h("td", { class: "nowrap" }, event.date || h("span", { class: "muted" }, "undated")),
    h("td", {}, h("a", { href: eventHref(event.event_id), class: "event-link" }, type, " ", event.acled_sub_event_type || event.plover_mode || "")),
    h("td", {}, partyCell(event.actor1)),
    h("td", {}, partyCell(event.actor2)),
    h("td", {}, event.location ? event.location.name || event.location.country : h("span", { class: "muted" }, "–")),
    h("td", {}, toll(event)),
    h("td", { class: "num" }, String(event.article_ids.length)),
  );
}

/** A table of the events `params` select, one page at a time. */
export async function eventTable(params, pageSize = 50) {
  const body = h("tbody");
  const table = h(
    "table",
    { class: "events" },
    h("thead", {}, h("tr", {}, ["Date", "Event", "Actor 1", "Actor 2", "Place", "Toll", "Articles"].map((name) => h("th", {}, name)))),
    body,
  );
  const more = h("button", { type: "button", class: "more" }, "More events");
  const wrapper = h("div", { class: "event-table" }, table, more);
  async function load(cursor) {
    const page = await api("/api/events", { ...params, limit: pageSize, cursor });
    body.append(...page.items.map(eventRow));
    wrapper.dataset.rows = String(body.children.length);
    more.hidden = !page.next_cursor;
    more.onclick = () => load(page.next_cursor);
  }
  await load(null);
  if (!body.children.length) body.append(h("tr", {}, h("td", { colspan: 7, class: "muted" }, "No events match.")));
  return wrapper;
}

// One actor: relations, events and quotes first; aliases, roles and how it was resolved folded.

import { api } from "../api.js";
import { STANCE_COLOURS } from "../colours.js";
import { eventTable } from "../components/eventtable.js";
import { fill, h, quotation } from "../dom.js";
import { articleHref, href, partyHref } from "../routes.js";

function counts(values) {
  const entries = Object.entries(values);
  return entries.length ? entries.map(([name, count]) => h("span", { class: "pill" }, `${name} ×${count}`)) : "–";
}

const SHOWN_REASONS = 8;

/** How the actor was resolved: each distinct reason once, with how many articles gave it and a
 * link to the first; the most frequent first, the rest behind a toggle (an actor named in 300
 * articles has 300 near-identical lines otherwise). */
function resolvedBy(evidence) {
  if (!evidence.length) return "–";
  const reasons = new Map();
  for (const item of evidence) {
    const entry = reasons.get(item.evidence) || { text: item.evidence, articles: [] };
    entry.articles.push(item.article_id);
    reasons.set(item.evidence, entry);
  }
  const ranked = [...reasons.values()].sort((a, b) => b.articles.length - a.articles.length || a.text.localeCompare(b.text));
  const line = (entry) => h("li", {}, entry.text, " ", h("a", { href: articleHref(entry.articles[0]) }, entry.articles.length > 1 ? `(${entry.articles.length} articles)` : "(article)"));
  const rest = ranked.slice(SHOWN_REASONS);
  return [
    h("ul", { class: "reasons" }, ranked.slice(0, SHOWN_REASONS).map(line)),
    rest.length ? h("details", {}, h("summary", {}, `${rest.length} more`), h("ul", { class: "reasons" }, rest.map(line))) : null,
  ];
}

const SHOWN_QUOTES = 10;
const SHOWN_QUOTES_MAX = 100; // asked for: ten shown, the rest folded
const SHOWN_ARTICLES = 100;

function relationsTable(relations) {
  if (!relations.items.length) return h("p", { class: "muted" }, "No events with another named actor.");
  return h("table", { class: "relations" },
    h("thead", {}, h("tr", {}, ["From", "To", "Cooperation", "Conflict", "Types"].map((name) => h("th", {}, name)))),
    h("tbody", {}, relations.items.map((relation) => h("tr", {},
      h("td", {}, h("a", { href: partyHref(relation.source) }, relation.source.name)),
      h("td", {}, h("a", { href: partyHref(relation.target) }, relation.target.name)),
      h("td", { class: "num", style: `color:${STANCE_COLOURS.cooperation}` }, String(relation.cooperation)),
      h("td", { class: "num", style: `color:${STANCE_COLOURS.conflict}` }, String(relation.conflict)),
      h("td", {}, Object.entries(relation.types).map(([type, count]) => `${type} ${count}`).join(", ")),
    ))));
}

function quotesList(quotes) {
  if (!quotes.length) return h("p", { class: "muted" }, "No quotes.");
  const item = (quote) => h("li", {}, quotation(quote.text), " ", h("a", { href: articleHref(quote.article_id) }, `(${quote.kind}, ${quote.cue || "no cue"})`));
  const rest = quotes.slice(SHOWN_QUOTES);
  return [
    h("ul", { class: "quotes" }, quotes.slice(0, SHOWN_QUOTES).map(item)),
    rest.length ? h("details", {}, h("summary", {}, `${rest.length} more quotes`), h("ul", { class: "quotes" }, rest.map(item))) : null,
  ];
}

/** An actor's page: what it did and with whom first; how its name was resolved folded below. */
export async function actorView(page, params, actorId) {
  const path = `/actor/${encodeURIComponent(actorId)}`;
  const [actor, relations] = await Promise.all([
    // Its events come paged below; a busy actor's thousands of quotes and article ids stay on the server.
    api(`/api/actors/${encodeURIComponent(actorId)}`, { events: 0, quotes: SHOWN_QUOTES_MAX, articles: SHOWN_ARTICLES }),
    api("/api/relations", { actor: actorId, limit: 50 }),
  ]);
  fill(page,
    h("h1", {}, actor.name, h("span", { class: "muted" }, ` ${actor.type}${actor.country ? ` · ${actor.country}` : ""}${actor.role ? ` · ${actor.role}` : ""}`)),
    h("p", { class: "muted" }, `${actor.mentions} mentions in ${actor.articles} articles · `,
      h("a", { href: href("/network", { actor: actorId }) }, "network around this actor"), " · ",
      h("a", { href: href("/map", { actor: actorId }) }, "its events on the map"), " · ",
      h("a", { href: href("/events", { actor: actorId }) }, "its events on the timeline")),
    h("h2", {}, `Relations (${relations.items.length}${relations.next_cursor ? "+" : ""})`),
    relationsTable(relations),
    h("h2", {}, "Events"),
    await eventTable({ actor: actorId }, 20, { path, params }),
    h("h2", {}, `Quotes (${actor.quotes.length}${actor.quotes.length === SHOWN_QUOTES_MAX ? "+" : ""})`),
    quotesList(actor.quotes),
    actor.quotes.length === SHOWN_QUOTES_MAX ? h("p", {}, h("a", { href: href("/quotes", { speaker: actor.name }) }, "every quote of this speaker")) : null,
    h("details", { class: "resolution" },
      h("summary", {}, h("h2", {}, "How this actor was resolved")),
      h("dl", { class: "fields" },
        h("dt", {}, "Aliases"), h("dd", { dataset: { field: "aliases" } }, counts(actor.aliases)),
        h("dt", {}, "Roles"), h("dd", {}, counts(actor.roles)),
        h("dt", {}, "Resolved by"), h("dd", { dataset: { field: "evidence" } }, resolvedBy(actor.evidence)),
      ),
    ),
    h("details", {},
      h("summary", {}, h("h2", {}, `Articles (${actor.articles})`)),
      actor.articles > actor.article_ids.length ? h("p", { class: "muted" }, `The first ${actor.article_ids.length}; search for the name to find the rest.`) : null,
      h("p", {}, actor.article_ids.map((id) => h("a", { href: articleHref(id), class: "pill" }, id))),
    ),
  );
}

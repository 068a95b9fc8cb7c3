// One actor: aliases, roles, how it was resolved, relations, quotes and events.

import { api } from "../api.js";
import { STANCE_COLOURS } from "../colours.js";
import { eventRow } from "../components/eventtable.js";
import { fill, h } from "../dom.js";
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

export async function actorView(page, params, actorId) {
  const [actor, relations] = await Promise.all([
    api(`/api/actors/${encodeURIComponent(actorId)}`),
    api("/api/relations", { actor: actorId, limit: 50 }),
  ]);
  fill(page, 
    h("h1", {}, actor.name, h("span", { class: "muted" }, ` ${actor.type}${actor.country ? ` · ${actor.country}` : ""}${actor.role ? ` · ${actor.role}` : ""}`)),
    h("dl", { class: "fields" },
      h("dt", {}, "Aliases"), h("dd", { dataset: { field: "aliases" } }, counts(actor.aliases)),
      h("dt", {}, "Roles"), h("dd", {}, counts(actor.roles)),
      h("dt", {}, "Mentions"), h("dd", {}, `${actor.mentions} in ${actor.articles} articles`),
      h("dt", {}, "Resolved by"), h("dd", { dataset: { field: "evidence" } }, resolvedBy(actor.evidence)),
    ),
    h("p", {}, h("a", { href: href("/network", { actor: actorId }) }, "Network around this actor"), " · ", h("a", { href: href("/map", { actor: actorId }) }, "Its events on the map")),
    h("h2", {}, `Relations (${relations.items.length})`),
    relations.items.length
      ? h("table", { class: "relations" },
          h("thead", {}, h("tr", {}, ["From", "To", "Cooperation", "Conflict", "Types"].map((name) => h("th", {}, name)))),
          h("tbody", {}, relations.items.map((relation) => h("tr", {},
            h("td", {}, h("a", { href: partyHref(relation.source) }, relation.source.name)),
            h("td", {}, h("a", { href: partyHref(relation.target) }, relation.target.name)),
            h("td", { class: "num", style: `color:${STANCE_COLOURS.cooperation}` }, String(relation.cooperation)),
            h("td", { class: "num", style: `color:${STANCE_COLOURS.conflict}` }, String(relation.conflict)),
            h("td", {}, Object.entries(relation.types).map(([type, count]) => `${type} ${count}`).join(", ")),
          ))))
      : h("p", { class: "muted" }, "No events with another named actor."),
    h("h2", {}, `Quotes (${actor.quotes.length})`),
    actor.quotes.length
      ? h("ul", { class: "quotes" }, actor.quotes.map((quote) => h("li", {}, h("q", {}, quote.text), " ", h("a", { href: articleHref(quote.article_id) }, `(${quote.kind}, ${quote.cue || "no cue"})`))))
      : h("p", { class: "muted" }, "No quotes."),
    h("h2", {}, `Events (${actor.events.length})`),
    actor.events.length
      ? h("table", { class: "events" }, h("tbody", {}, actor.events.map(eventRow)))
      : h("p", { class: "muted" }, "No events."),
    h("h2", {}, `Articles (${actor.article_ids.length})`),
    h("p", {}, actor.article_ids.map((id) => h("a", { href: articleHref(id), class: "pill" }, id))),
  );
}

// One event: every field, and each report's sentence highlighted inside its article's text with
// the words behind each field marked.

import { api } from "../api.js";
import { colourOf } from "../colours.js";
import { fill, h, markedText } from "../dom.js";
import { articleHref, href, partyHref, storyHref } from "../routes.js";

function party(value) {
  if (!value) return "–";
  const link = partyHref(value);
  const label = `${value.name}${value.country ? ` (${value.country})` : ""}${value.kind ? ` · ${value.kind}` : ""}`;
  return link ? h("a", { href: link }, label) : label;
}

function place(location) {
  if (!location) return "–";
  const name = [location.name, location.admin1, location.country].filter(Boolean).join(", ");
  const near = `${location.lat.toFixed(4)},${location.lon.toFixed(4)},50`;
  return [
    name,
    h("span", { class: "muted" }, ` (${location.lat.toFixed(3)}, ${location.lon.toFixed(3)}; ${location.precision || "?"}${location.geonameid ? `; GeoNames ${location.geonameid}` : ""}) `),
    h("a", { href: href("/map", { near }) }, "events nearby"),
  ];
}

function count(value, low, high) {
  if (value === null) return "–";
  const range = low !== null && high !== null && low !== high ? ` (${low}–${high})` : low !== null && low === value ? " (at least)" : "";
  return `${value}${range}`;
}

function sourceFigures(event) {
  const [low, high] = event.fatalities_range || [null, null];
  return [
    low !== null && low !== high ? `killed ${low}–${high}; shown: the latest stated count. ` : "",
    h("ul", { class: "figures" }, event.figures.map((figure) => h("li", {},
      `${figure.killed ?? "?"} killed${figure.injured !== null ? `, ${figure.injured} injured` : ""} — `,
      h("a", { href: articleHref(figure.article_id) }, figure.publisher || figure.article_id),
      figure.published_at ? ` ${figure.published_at.slice(0, 16).replace("T", " ")}` : "",
    ))),
  ];
}

function fieldRows(event) {
  const rows = [
    ["PLOVER", [h("span", { class: "type-chip", style: `--chip:${colourOf(event.plover_type)}` }, event.plover_type), event.plover_mode ? ` · ${event.plover_mode}` : "", ` · ${event.quad_class}`]],
    ["ACLED", event.acled_event_type ? `${event.acled_event_type} / ${event.acled_sub_event_type}` : "not an ACLED event"],
    ["Actor 1", party(event.actor1)],
    ["Actor 2", party(event.actor2)],
    ["Place", place(event.location)],
    ["Date", event.date ? `${event.date} (${event.date_precision})` : "undated"],
    ["Date from", event.date_evidence ? `"${event.date_evidence.expression || ""}" against ${event.date_evidence.anchor || "?"}` : "–"],
    // Several sources: the best of their figures (their range is under "Sources say"); one: its own bounds.
    ["Fatalities", event.figures.length > 1 ? count(event.fatalities, null, null) : count(event.fatalities, event.fatalities_min, event.fatalities_max)],
    ["Sources say", event.figures.length > 1 ? sourceFigures(event) : "–"],
    ["Injured", count(event.injured, null, null)],
    ["Confidence", event.confidence.toFixed(2)],
    ["Trigger", event.trigger],
    ["Story", event.story_id ? h("a", { href: storyHref(event.story_id) }, `story ${event.story_id}`) : "–"],
  ];
  return h("dl", { class: "fields" }, rows.flatMap(([name, value]) => [h("dt", {}, name), h("dd", { dataset: { field: name } }, value)]));
}

function evidenceBlock(item, article) {
  const text = article.text;
  const end = item.start + text.slice(item.start, item.end).trimEnd().length;
  const fieldSpans = Object.entries(item.fields).map(([name, [start, end]]) => ({
    start, end, className: `field field-${name.replace(/[^a-z0-9]+/gi, "-")}`, title: name, dataset: { field: name },
  }));
  // A field's part inside the sentence is marked there; only its parts in other sentences (a
  // toll added across two sentences) are quoted as from neighbours, never the sentence again.
  const inside = fieldSpans
    .filter((span) => span.end > item.start && span.start < end)
    .map((span) => ({ ...span, start: Math.max(span.start, item.start), end: Math.min(span.end, end) }));
  const sentence = h(
    "mark",
    { class: "evidence", id: `evidence-${item.article_id}-${item.sentence}` },
    markedText(text, item.start, end, inside),
  );
  const outside = fieldSpans.flatMap((span) => [
    ...(span.start < item.start ? [{ ...span, end: Math.min(span.end, item.start) }] : []),
    ...(span.end > end ? [{ ...span, start: Math.max(span.start, end) }] : []),
  ]).filter((span) => text.slice(span.start, span.end).trim());
  return h(
    "section",
    { class: "evidence-block", dataset: { articleId: item.article_id } },
    h("h3", {}, h("a", { href: href(`/article/${encodeURIComponent(item.article_id)}`, { start: item.start, end }) }, article.title || item.article_id), h("span", { class: "muted" }, ` · ${article.publisher || "unknown publisher"} · ${article.published_at ? article.published_at.slice(0, 10) : "no date"} · sentence ${item.sentence}`)),
    h("p", { class: "legend" }, Object.keys(item.fields).map((name) => h("mark", { class: `field field-${name.replace(/[^a-z0-9]+/gi, "-")}` }, name))),
    outside.length ? h("p", { class: "muted" }, "From neighbouring sentences: ", outside.map((span) => `${span.title}: "${text.slice(span.start, span.end).trim()}" `)) : null,
    h("div", { class: "article-text" }, markedText(text, 0, item.start, []), sentence, markedText(text, end, text.length, [])),
  );
}

export async function eventView(page, params, eventId) {
  const event = await api(`/api/events/${encodeURIComponent(eventId)}`);
  const articles = new Map();
  for (const id of new Set(event.evidence.map((item) => item.article_id))) {
    articles.set(id, await api(`/api/articles/${encodeURIComponent(id)}`));
  }
  fill(page, 
    h("h1", {}, `${event.plover_type}${event.acled_sub_event_type ? ` · ${event.acled_sub_event_type}` : ""}`, h("span", { class: "muted" }, ` ${event.date || "undated"}`)),
    fieldRows(event),
    h("h2", {}, `Evidence (${event.evidence.length} report${event.evidence.length === 1 ? "" : "s"} in ${event.article_ids.length} article${event.article_ids.length === 1 ? "" : "s"})`),
    h("div", { class: "evidence-list", dataset: { evidence: String(event.evidence.length) } }, event.evidence.map((item) => evidenceBlock(item, articles.get(item.article_id)))),
  );
  // Each article box scrolls inside itself to its sentence; the page stays at the title.
  requestAnimationFrame(() => {
    for (const box of page.querySelectorAll(".evidence-block .article-text")) {
      const mark = box.querySelector("mark.evidence");
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 2);
    }
  });
}

// One article: clean text with entity mentions marked, what cleaning removed and why, its
// sources, duplicates and events.

import { api } from "../api.js";
import { eventTable } from "../components/eventtable.js";
import { externalLink, fill, h, markedText } from "../dom.js";
import { actorHref, articleHref } from "../routes.js";

/** The text with its entity mentions marked, and the sentence `start`–`end` (from an event's
 * evidence link) marked as evidence; mentions crossing the sentence's edges are left unmarked. */
function articleText(text, mentions, params) {
  const start = Number.parseInt(params.start, 10);
  const end = Number.parseInt(params.end, 10);
  if (!(start >= 0 && end > start && end <= text.length)) return markedText(text, 0, text.length, mentions);
  const within = (from, to) => mentions.filter((mention) => mention.start >= from && mention.end <= to);
  return [
    markedText(text, 0, start, within(0, start)),
    h("mark", { class: "evidence", id: "evidence" }, markedText(text, start, end, within(start, end))),
    markedText(text, end, text.length, within(end, text.length)),
  ];
}

export async function articleView(page, params, articleId) {
  const article = await api(`/api/articles/${encodeURIComponent(articleId)}`);
  const mentions = article.mentions.map((mention) => ({
    start: mention.start,
    end: mention.end,
    className: `entity entity-${mention.label.toLowerCase()}`,
    title: mention.label,
    href: mention.actor_id !== null ? actorHref(mention.actor_id) : null,
  }));
  const meta = [
    ["Publisher", article.publisher || "–"],
    ["Published", article.published_at ? `${article.published_at} (${article.published_at_source})` : "no date"],
    ["Author", article.author || "–"],
    ["URL", externalLink(article.url) || "–"],
    ["Language", article.language || "–"],
    ["Words", String(article.word_count)],
    ["Duplicate of", article.duplicate_of ? h("a", { href: articleHref(article.duplicate_of) }, `${article.duplicate_of} (${article.duplicate_kind})`) : "–"],
    ["Duplicates", article.duplicates.length ? article.duplicates.map((id) => h("a", { href: articleHref(id) }, id, " ")) : "–"],
    ["Source", article.sources.map((source) => h("div", {}, `${source.source_path}${source.locator ? ` #${source.locator}` : ""} (${source.input_format}, sha256 ${source.raw_sha256.slice(0, 12)}…)`))],
  ];
  fill(page, 
    h("h1", {}, article.title || "(untitled article)"),
    h("dl", { class: "fields" }, meta.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)])),
    h("h2", {}, "Text"),
    h("p", { class: "legend" }, ["PERSON", "ORG", "GPE", "LOC", "NORP"].map((label) => h("mark", { class: `entity entity-${label.toLowerCase()}` }, label))),
    h("div", { class: "article-text", dataset: { mentions: String(mentions.length) } }, articleText(article.text, mentions, params)),
    h("h2", {}, `Removed while cleaning (${article.removals.length})`),
    article.removals.length
      ? h("table", { class: "removals" },
          h("thead", {}, h("tr", {}, h("th", {}, "Line"), h("th", {}, "Rule"), h("th", {}, "Text"))),
          h("tbody", {}, article.removals.map((removal) => h("tr", {}, h("td", { class: "num" }, removal.line_no ?? "–"), h("td", {}, removal.rule), h("td", {}, removal.text)))))
      : h("p", { class: "muted" }, "Nothing was removed."),
    h("h2", {}, `Events (${article.event_ids.length})`),
    article.event_ids.length ? await eventTable({ article: article.id }) : h("p", { class: "muted" }, "No events found."),
  );
  requestAnimationFrame(() => {  // the evidence sentence, centred in the text box, the page left at the title
    const box = page.querySelector(".article-text");
    const mark = box?.querySelector("mark#evidence");
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 2);
  });
}

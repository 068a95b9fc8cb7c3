// Paged lists: actors, articles, quotes and search results, each with its filters in the URL.

import { api } from "../api.js";
import { fill, h, quotation, snippetNodes } from "../dom.js";
import { actorHref, articleHref, href } from "../routes.js";

/** A form whose fields become the URL's parameters for `path`. */
function queryForm(path, params, fields) {
  const form = h(
    "form",
    { class: "filters" },
    fields.map(([name, label, placeholder]) => h("label", {}, label, h("input", { name, value: params[name] || "", placeholder, maxlength: 200 }))),
    h("button", { type: "submit" }, "Apply"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const values = {};
    for (const input of form.querySelectorAll("input")) values[input.name] = input.value.trim();
    window.location.hash = href(path, values);
  });
  return form;
}

/** A list that loads `path` page by page, rendering each item with `render`. */
async function pagedList(path, params, render, { tag = "ul", empty = "Nothing matches." } = {}) {
  const list = h(tag, { class: "paged" });
  const more = h("button", { type: "button", class: "more" }, "More");
  async function load(cursor) {
    const page = await api(path, { ...params, cursor });
    list.append(...page.items.map(render));
    list.dataset.items = String(list.children.length);
    more.hidden = !page.next_cursor;
    more.onclick = () => load(page.next_cursor);
  }
  await load(null);
  if (!list.children.length) return h("p", { class: "muted", dataset: { items: "0" } }, empty);
  return h("div", {}, list, more);
}

export async function actorsView(page, params) {
  fill(page, 
    h("h1", {}, "Actors"),
    queryForm("/actors", params, [["name", "Name", "part of a name or alias"], ["type", "Type", "person, country, …"], ["country", "Country", "ISO-3"]]),
    await pagedList("/api/actors", { name: params.name, type: params.type, country: params.country, limit: 50 }, (actor) =>
      h("li", {}, h("a", { href: actorHref(actor.id) }, actor.name), h("span", { class: "muted" }, ` ${actor.type}${actor.country ? ` · ${actor.country}` : ""} · ${actor.mentions} mentions · aka ${Object.keys(actor.aliases).join(", ")}`)),
    ),
  );
}

export async function articlesView(page, params) {
  fill(page, 
    h("h1", {}, "Articles"),
    queryForm("/articles", params, [["publisher", "Publisher", ""], ["language", "Language", "en"], ["since", "From", "YYYY-MM-DD"], ["until", "Before", "YYYY-MM-DD"]]),
    await pagedList("/api/articles", { publisher: params.publisher, language: params.language, since: params.since, until: params.until, limit: 50 }, (article) =>
      h("li", {}, h("a", { href: articleHref(article.id) }, article.title || article.id), h("span", { class: "muted" }, ` ${article.publisher || ""} · ${article.published_at ? article.published_at.slice(0, 10) : "no date"} · ${article.word_count} words${article.duplicate_of ? ` · duplicate (${article.duplicate_kind})` : ""}`)),
    ),
  );
}

export async function quotesView(page, params) {
  fill(page, 
    h("h1", {}, "Quotes"),
    queryForm("/quotes", params, [["speaker", "Speaker", "part of a name"]]),
    await pagedList("/api/quotes", { speaker: params.speaker, limit: 50 }, (quote) =>
      h("li", {}, quotation(quote.text), " — ", quote.speaker_actor_id !== null ? h("a", { href: actorHref(quote.speaker_actor_id) }, quote.speaker) : quote.speaker_text || "unknown", " ", h("a", { href: articleHref(quote.article_id), class: "muted" }, "(article)")),
    ),
  );
}

export async function searchView(page, params) {
  const query = (params.q || "").trim();
  fill(page, h("h1", {}, query ? `Search: ${query}` : "Search"));
  if (!query) {
    fill(page, h("p", { class: "muted" }, "Type words in the search box above."));
    return;
  }
  fill(page, 
    await pagedList("/api/search", { q: query, limit: 20 }, (hit) =>
      h("li", { class: "hit" }, h("a", { href: articleHref(hit.article_id) }, hit.title || hit.article_id), h("span", { class: "muted" }, ` ${hit.publisher || ""} ${hit.published_at ? hit.published_at.slice(0, 10) : ""}`), h("p", { class: "snippet" }, snippetNodes(hit.snippet))),
      { tag: "ol", empty: "No article contains all these words." },
    ),
  );
}

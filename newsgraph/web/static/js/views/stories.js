// Stories: the articles that report one real-world event, grouped as they arrive; one story's
// articles in time order, the tolls its sources gave over time, and its events.

import { allItems, api } from "../api.js";
import { eventRow } from "../components/eventtable.js";
import { fill, h } from "../dom.js";
import { articleHref, eventHref, href, storyHref } from "../routes.js";

function span(story) {
  if (!story.first_day) return "undated";
  return story.first_day === story.last_day ? story.first_day : `${story.first_day} – ${story.last_day}`;
}

// Headers that sort the list on the server: the latest stories, or the biggest.
const STORY_SORTS = { Days: "latest", Articles: "articles" };

function storyHeader(name, params) {
  const order = STORY_SORTS[name];
  if (!order) return h("th", {}, name);
  const active = (params.sort || "latest") === order;
  return h("th", { "aria-sort": active ? "descending" : "none" },
    h("a", { href: href("/stories", { ...params, sort: order }), class: "sort", dataset: { sort: order } }, name, active ? " ▼" : ""));
}

export async function storiesView(page, params) {
  const minArticles = params.min_articles || "2";
  const { items, truncated } = await allItems("/api/stories", { ...params, min_articles: minArticles }, 500);
  fill(page,
    h("h1", {}, "Stories", h("span", { class: "muted" }, ` with ${minArticles} or more articles`)),
    h("p", {},
      h("a", { href: href("/stories", { ...params, min_articles: 1 }) }, "all stories"), " · ",
      h("a", { href: href("/stories", { ...params, min_articles: 3 }) }, "3 or more articles"),
    ),
    items.length
      ? h("table", { class: "stories" },
          h("thead", {}, h("tr", {}, ["Story", "Days", "Articles", "Events"].map((name) => storyHeader(name, params)))),
          h("tbody", {}, items.map((story) => h("tr", { dataset: { storyId: String(story.story_id) } },
            h("td", {}, h("a", { href: storyHref(story.story_id) }, story.title || `story ${story.story_id}`)),
            h("td", {}, span(story)),
            h("td", { class: "num" }, String(story.articles)),
            h("td", { class: "num" }, String(story.events)),
          ))))
      : h("p", { class: "muted" }, "No stories match."),
    truncated ? h("p", { class: "muted" }, "Showing the latest 500.") : null,
  );
}

export async function storyView(page, params, storyId) {
  const story = await api(`/api/stories/${encodeURIComponent(storyId)}`);
  fill(page,
    h("h1", {}, story.title || `Story ${story.story_id}`, h("span", { class: "muted" }, ` ${span(story)}`)),
    h("p", {}, `${story.articles} article(s), ${story.events} event(s) · `,
      h("a", { href: href("/map", { story: story.story_id, min_confidence: 0 }) }, "its events on the map"), " · ",
      h("a", { href: href("/events", { story: story.story_id, min_confidence: 0 }) }, "on the timeline")),
    h("h2", {}, "Articles, in time order"),
    h("ol", { class: "story-articles" }, story.article_list.map((article) => h("li", {},
      h("span", { class: "muted" }, `${article.published_at ? article.published_at.slice(0, 16).replace("T", " ") : "undated"} · ${article.publisher || "unknown publisher"} · `),
      h("a", { href: articleHref(article.article_id) }, article.title || article.article_id),
      h("span", { class: "muted" }, article.opened ? " (opened the story)" : ` (similarity ${article.score.toFixed(2)})`),
    ))),
    h("h2", {}, "Figures, source by source"),
    story.figures.length
      ? h("table", { class: "figures" },
          h("thead", {}, h("tr", {}, ["Event", "Killed", "Injured", "Source", "Published"].map((name) => h("th", {}, name)))),
          h("tbody", {}, story.figures.map((figure) => h("tr", {},
            h("td", {}, h("a", { href: eventHref(figure.event_id) }, `${figure.plover_type}${figure.location ? ` · ${figure.location}` : ""}`)),
            h("td", { class: "num" }, figure.killed === null ? "–" : String(figure.killed)),
            h("td", { class: "num" }, figure.injured === null ? "–" : String(figure.injured)),
            h("td", {}, h("a", { href: articleHref(figure.article_id) }, figure.publisher || figure.article_id)),
            h("td", {}, figure.published_at ? figure.published_at.slice(0, 16).replace("T", " ") : "–"),
          ))))
      : h("p", { class: "muted" }, "No source gives a toll."),
    h("h2", {}, `Events (${story.event_list.length})`),
    story.event_list.length
      ? h("table", { class: "events" }, h("tbody", {}, story.event_list.map(eventRow)))
      : h("p", { class: "muted" }, "No events."),
  );
}

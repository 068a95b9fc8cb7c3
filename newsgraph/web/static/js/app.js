// The dashboard: a hash router (every view is a shareable URL) over the JSON API.

import { h } from "./dom.js";
import { actorView } from "./views/actor.js";
import { articleView } from "./views/article.js";
import { eventView } from "./views/event.js";
import { actorsView, articlesView, quotesView, searchView } from "./views/lists.js";
import { mapView } from "./views/map.js";
import { networkView } from "./views/network.js";
import { overviewView } from "./views/overview.js";
import { storiesView, storyView } from "./views/stories.js";
import { timelineView } from "./views/timeline.js";

const ROUTES = [
  [/^\/$/, overviewView],
  [/^\/events$/, timelineView],
  [/^\/map$/, mapView],
  [/^\/network$/, networkView],
  [/^\/event\/([^/]+)$/, eventView],
  [/^\/article\/([^/]+)$/, articleView],
  [/^\/actor\/(\d+)$/, actorView],
  [/^\/actors$/, actorsView],
  [/^\/stories$/, storiesView],
  [/^\/story\/(\d+)$/, storyView],
  [/^\/articles$/, articlesView],
  [/^\/quotes$/, quotesView],
  [/^\/search$/, searchView],
];

let renderCount = 0;

function currentRoute() {
  const raw = window.location.hash.replace(/^#/, "") || "/";
  const [path, query = ""] = raw.split("?");
  return { path, params: Object.fromEntries(new URLSearchParams(query)) };
}

async function render() {
  const token = ++renderCount;
  const view = document.getElementById("view");
  const { path, params } = currentRoute();
  view.dataset.state = "loading";
  view.dataset.route = path;
  view.dataset.hash = window.location.hash; // which address this state belongs to (tests wait on both)
  const page = h("div", { class: "page" });
  view.replaceChildren(h("p", { class: "muted" }, "Loading…"));
  try {
    const route = ROUTES.find(([pattern]) => pattern.test(path));
    if (!route) throw new Error(`no such page: ${path}`);
    const captured = path.match(route[0]).slice(1).map(decodeURIComponent);
    await route[1](page, params, ...captured);
    if (token !== renderCount) return; // the user has moved on
    view.replaceChildren(page);
    view.dataset.state = "ready";
  } catch (error) {
    if (token !== renderCount) return;
    view.replaceChildren(h("p", { class: "error", role: "alert" }, `Could not show this page: ${error.message}`));
    view.dataset.state = "error";
  }
  for (const link of document.querySelectorAll("header nav a")) {
    link.classList.toggle("active", link.getAttribute("href") === `#${path}`);
  }
  if (path === "/search") document.getElementById("search-input").value = params.q || "";
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const query = document.getElementById("search-input").value.trim();
  if (query) window.location.hash = `#/search?${new URLSearchParams({ q: query })}`;
});
window.addEventListener("hashchange", render);
render();

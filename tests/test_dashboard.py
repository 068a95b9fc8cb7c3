"""The dashboard in real headless Chromium (Debian's chromium + chromedriver, driven by Selenium).

Counts on the page are checked against the API; the XSS payloads in tests/data/dashboard.jsonl
must render as text and never run. With NEWSGRAPH_SCREENSHOTS=DIR each main view is saved as a
PNG there (`make screenshots` refreshes docs/screenshots/).
"""

from __future__ import annotations

import os
import shutil
import urllib.parse
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver import ActionChains
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
# .ci/run installs the browser and sets this, so that a missing browser fails CI instead of skipping.
REQUIRED = os.environ.get("NEWSGRAPH_REQUIRE_BROWSER") == "1"
SHOTS = os.environ.get("NEWSGRAPH_SCREENSHOTS")
XSS_TITLE = "<script>document.body.dataset.xss='title'</script>Wage protest in Paris"


@pytest.fixture(scope="module")
def browser():
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if REQUIRED:
            pytest.fail("chromium/chromedriver are not installed (apt-get install chromium chromium-driver)")
        pytest.skip("chromium/chromedriver are not installed (apt-get install chromium chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


class Dashboard:
    """Opens views by URL and waits until the router says the view is rendered."""

    def __init__(self, driver, server) -> None:
        self.driver, self.server = driver, server

    def open(self, route: str) -> None:
        self.driver.get(f"{self.server.url}/#{route}")
        self.wait_ready()

    def follow(self, link, route: str) -> None:
        """Click a link and wait for the page it leads to (not the page still showing)."""
        link.click()
        WebDriverWait(self.driver, 30).until(lambda driver: route in driver.current_url)
        self.wait_ready()

    def wait_ready(self) -> None:
        WebDriverWait(self.driver, 30).until(lambda driver: self.state() in ("ready", "error"))
        assert self.state() == "ready", self.driver.find_element("id", "view").text

    def state(self) -> str:
        """The view's state for the address now shown: "stale" while the state is still the
        previous page's (a click changes the address before the router starts its render)."""
        return self.driver.execute_script(
            "const view = document.getElementById('view');"
            " return view.dataset.hash === window.location.hash ? view.dataset.state : 'stale';"
        )

    def one(self, selector: str):
        return self.driver.find_element("css selector", selector)

    def all(self, selector: str):
        return self.driver.find_elements("css selector", selector)

    def screenshot(self, name: str) -> None:
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            self.driver.save_screenshot(str(Path(SHOTS) / f"{name}.png"))

    def console_errors(self) -> list[str]:
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.fixture
def dashboard(browser, live_server):
    page = Dashboard(browser, live_server)
    page.console_errors()  # drop what earlier tests logged
    yield page
    assert page.console_errors() == []
    assert browser.execute_script("return document.body.dataset.xss") is None, "an injected payload ran"


def test_overview_shows_the_store_counts(dashboard, live_server):
    stats = live_server.ok("/api/stats")
    dashboard.open("/")
    for key in ("articles", "events_shown", "actors", "quotes"):
        shown = dashboard.one(f'[data-stat="{key}"] .card-number').text
        assert int(shown.replace(",", "")) == stats["counts"][key], key
    assert len(dashboard.all(".top-actors li")) == 10
    dashboard.screenshot("overview")


def test_timeline_bars_add_up_and_the_brush_filters(dashboard, live_server):
    timeline = live_server.ok("/api/timeline", interval="week")
    dashboard.open("/events?interval=week")
    chart = dashboard.one("svg.timeline")
    assert int(chart.get_attribute("data-events")) == sum(bucket["count"] for bucket in timeline["buckets"])
    assert len(dashboard.all("svg.timeline rect.bar")) == len(timeline["buckets"])
    dashboard.screenshot("timeline")
    bar = next(
        bar for bar in dashboard.all("svg.timeline rect.bar") if bar.get_attribute("data-period") == "2024-03-11"
    )
    ActionChains(dashboard.driver).click(bar).perform()
    WebDriverWait(dashboard.driver, 10).until(lambda driver: "since=2024-03-11" in driver.current_url)
    dashboard.wait_ready()
    assert "until=2024-03-17" in dashboard.driver.current_url
    expected = live_server.all_items("/api/events", since="2024-03-11", until="2024-03-17")
    rows = dashboard.all("table.events tbody tr[data-event-id]")
    assert {row.get_attribute("data-event-id") for row in rows} == {event["event_id"] for event in expected}


def _drawn_events(dashboard) -> int:
    """Events the map shows: single markers plus the counts of the numbered clusters."""
    clustered = sum(int(node.get_attribute("data-count")) for node in dashboard.all("svg.map a.cluster"))
    return len(dashboard.all("svg.map .marker circle")) + clustered


def test_map_draws_every_located_event_offline_and_zooms(dashboard, live_server):
    located = [event for event in live_server.all_items("/api/events") if event["location"]]
    dashboard.open("/map")
    chart = dashboard.one("svg.map")
    assert int(chart.get_attribute("data-markers")) == len(located)
    assert _drawn_events(dashboard) == len(located), "every event is a marker or counted in a cluster"
    assert len(dashboard.all("svg.map .land path")) > 200, "the Natural Earth countries are drawn"
    dashboard.screenshot("map")
    radii = [float(circle.get_attribute("r")) for circle in dashboard.all("svg.map .marker circle")]
    unit = float(chart.get_dom_attribute("viewBox").split()[2]) / 960
    assert radii and max(radii) <= 16 * unit + 1e-6, "marker sizes are capped"
    # Zooming in on a cluster parts it (or it lists one place's events); the view narrows either way.
    width = float(chart.get_dom_attribute("viewBox").split()[2])
    dashboard.one('.zoom-controls button[data-zoom="in"]').click()
    WebDriverWait(dashboard.driver, 10).until(lambda _: float(chart.get_dom_attribute("viewBox").split()[2]) < width)
    assert float(chart.get_attribute("data-zoom")) > 1
    dashboard.one('.zoom-controls button[data-zoom="home"]').click()
    WebDriverWait(dashboard.driver, 10).until(lambda _: float(chart.get_dom_attribute("viewBox").split()[2]) == width)
    left = float(chart.get_dom_attribute("viewBox").split()[0])
    ActionChains(dashboard.driver).move_to_element(chart).click_and_hold().move_by_offset(120, 0).release().perform()
    WebDriverWait(dashboard.driver, 10).until(lambda _: float(chart.get_dom_attribute("viewBox").split()[0]) < left)
    assert dashboard.driver.current_url.endswith("#/map"), "a drag pans; it follows no marker link"
    exports = {link.get_attribute("data-format"): link.get_attribute("href") for link in dashboard.all("a.export")}
    assert set(exports) == {"csv", "geojson", "jsonl"} and "/api/events/export?" in exports["csv"]


def test_map_density_layer_counts_every_located_event(dashboard, live_server):
    located = [event for event in live_server.all_items("/api/events", type="FIGHT") if event["location"]]
    dashboard.open("/map?type=FIGHT&layer=density")
    # read in one script: a redraw between reads of single cells would leave stale elements
    counts = dashboard.driver.execute_script(
        "return [...document.querySelectorAll('svg.map .density rect')].map((cell) => Number(cell.dataset.count))"
    )
    assert counts and sum(counts) == len(located)
    assert dashboard.all("svg.map .marker") == []


def test_network_nodes_and_edges_match_the_relations(dashboard, live_server):
    relations = live_server.all_items("/api/relations")

    def key(party):
        if party["actor_id"] is not None:
            return f"id:{party['actor_id']}"
        return f"party:{party['name'].lower()}|{party['country'] or ''}|{party['kind'] or ''}"

    edges = {tuple(sorted((key(row["source"]), key(row["target"])))) for row in relations}
    edges = {edge for edge in edges if edge[0] != edge[1]}
    dashboard.open("/network?edges=1000")
    chart = dashboard.one("svg.network")
    # Plural and singular names, and an unresolved party named as a stored actor, are one node:
    # at most as many nodes and links as the API's distinct parties.
    assert 0 < int(chart.get_attribute("data-edges")) <= len(edges)
    assert int(chart.get_attribute("data-edges")) == len(dashboard.all("svg.network a.edge"))
    dashboard.screenshot("network")
    labels = [
        text.rect for text in dashboard.all("svg.network a.node text") if text.get_attribute("class") != "on-hover"
    ]
    for index, one in enumerate(labels):  # drawn labels never overlap
        for other in labels[index + 1 :]:
            apart = (
                one["x"] + one["width"] <= other["x"] + 1
                or other["x"] + other["width"] <= one["x"] + 1
                or one["y"] + one["height"] <= other["y"] + 1
                or other["y"] + other["height"] <= one["y"] + 1
            )
            assert apart, (one, other)
    dashboard.open("/network?edges=1")
    assert dashboard.one("svg.network").get_attribute("data-edges") == "1"
    edge = dashboard.one("svg.network a.edge")
    dashboard.driver.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", edge
    )
    WebDriverWait(dashboard.driver, 10).until(lambda driver: "partner=" in driver.current_url)
    dashboard.wait_ready()
    query = urllib.parse.parse_qs(dashboard.driver.current_url.split("?", 1)[1])
    expected = live_server.all_items("/api/events", actor=query["actor"][0], partner=query["partner"][0])
    rows = dashboard.all("table.events tbody tr[data-event-id]")
    assert expected and {row.get_attribute("data-event-id") for row in rows} == {e["event_id"] for e in expected}
    dashboard.open("/network")
    xi = next(node for node in dashboard.all("svg.network a.node") if node.get_attribute("data-actor") == "Xi Jinping")
    # Labels of neighbouring nodes may overlap the circle; dispatch the click on the node itself.
    dashboard.driver.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))",
        xi.find_element("css selector", "circle"),
    )
    dashboard.wait_ready()
    assert "/actor/" in dashboard.driver.current_url
    assert dashboard.one("h1").text.startswith("Xi Jinping")
    actor_id = int(dashboard.driver.current_url.rsplit("/", 1)[-1])
    reasons = {item["evidence"] for item in live_server.ok(f"/api/actors/{actor_id}")["evidence"]}
    shown = dashboard.all('dd[data-field="evidence"] > ul.reasons > li')
    assert 0 < len(shown) == min(len(reasons), 8)  # each reason once, the rest behind a toggle
    headings = [heading.text for heading in dashboard.all("h2")]
    assert headings[0].startswith("Relations") and headings[1] == "Events", headings  # what it did comes first
    assert dashboard.one("details.resolution").get_attribute("open") is None, "the resolution evidence is folded"
    expected = [event["event_id"] for event in live_server.all_items("/api/events", actor=str(actor_id))][:20]
    rows = [row.get_attribute("data-event-id") for row in dashboard.all("table.events tbody tr[data-event-id]")]
    assert rows == expected and rows
    dashboard.screenshot("actor")


def test_event_table_headers_sort_the_whole_list(dashboard, live_server):
    dashboard.open("/events")
    dashboard.follow(dashboard.one('th a.sort[data-sort="deadliest"]'), "sort=deadliest")
    expected = [event["event_id"] for event in live_server.all_items("/api/events", sort="deadliest")]
    rows = [row.get_attribute("data-event-id") for row in dashboard.all("table.events tbody tr[data-event-id]")]
    assert rows == expected[: len(rows)] and rows
    assert dashboard.one('th[aria-sort="descending"]').text.startswith("Toll")
    dashboard.follow(dashboard.one('th a.sort[data-sort="newest"]'), "sort=newest")
    dashboard.follow(dashboard.one('th a.sort[data-sort="oldest"]'), "sort=oldest")
    expected = [event["event_id"] for event in live_server.all_items("/api/events", sort="oldest")]
    rows = [row.get_attribute("data-event-id") for row in dashboard.all("table.events tbody tr[data-event-id]")]
    assert rows == expected[: len(rows)]
    assert "sort=oldest" in dashboard.one('a.export[data-format="csv"]').get_attribute("href")


def test_click_through_to_an_event_and_its_evidence(dashboard, live_server):
    dashboard.open("/events?type=FIGHT&country=UKR")
    link = next(row for row in dashboard.all("table.events a.event-link") if "Shelling" in row.text)
    dashboard.follow(link, "/event/")
    event_id = dashboard.driver.current_url.rsplit("/", 1)[-1]
    event = live_server.ok(f"/api/events/{event_id}")
    marks = dashboard.all("mark.evidence")
    assert len(marks) == len(event["evidence"]) == 2
    for mark, item in zip(marks, event["evidence"], strict=True):
        text = live_server.ok(f"/api/articles/{item['article_id']}")["text"]
        assert mark.text.strip() == text[item["start"] : item["end"]].strip()
        assert mark.find_element("css selector", 'mark[data-field="trigger"]').text == "shelled"
    assert "Kharkiv" in dashboard.one('dd[data-field="Place"]').text
    visible = dashboard.driver.execute_script(
        """return [...document.querySelectorAll('.evidence-block .article-text')].map((box) => {
             const mark = box.querySelector('mark.evidence').getBoundingClientRect();
             const frame = box.getBoundingClientRect();
             return mark.top >= frame.top - 1 && mark.top <= frame.bottom; });"""
    )
    assert visible == [True, True]  # every report's article box shows its sentence
    assert dashboard.driver.execute_script("return window.scrollY") == 0  # the page stays at the title
    dashboard.screenshot("event")
    first = event["evidence"][0]
    dashboard.follow(dashboard.one(".evidence-block h3 a"), "/article/")  # its evidence sentence marked
    text = live_server.ok(f"/api/articles/{first['article_id']}")["text"]
    assert dashboard.one(".article-text mark#evidence").text.strip() == text[first["start"] : first["end"]].strip()


def test_a_field_running_past_its_sentence_is_quoted_only_for_the_part_outside(dashboard, live_server):
    events = live_server.all_items("/api/events", min_confidence="0")
    straddling = [
        (event, item, span)
        for event in events
        for item in event["evidence"]
        for span in item["fields"].values()
        if span[0] < item["end"] < span[1]
    ]
    assert straddling, "the test articles hold a toll added across two sentences"
    event, item, span = straddling[0]
    text = live_server.ok(f"/api/articles/{item['article_id']}")["text"]
    dashboard.open(f"/event/{event['event_id']}")
    neighbours = dashboard.one(".evidence-block p.muted").text
    sentence = text[item["start"] : item["end"]].strip()
    assert text[item["end"] : span[1]].strip() in neighbours  # the next sentence's part
    assert sentence not in neighbours  # not the evidence sentence again


def test_stories_list_and_one_story_with_its_sources_figures(dashboard, live_server):
    stories = live_server.all_items("/api/stories", min_articles=2)
    dashboard.open("/stories")
    rows = dashboard.all("table.stories tbody tr")
    assert [int(row.get_attribute("data-story-id")) for row in rows] == [story["story_id"] for story in stories]
    dashboard.follow(dashboard.one('th a.sort[data-sort="articles"]'), "sort=articles")
    biggest = live_server.all_items("/api/stories", min_articles=2, sort="articles")
    rows = dashboard.all("table.stories tbody tr")
    assert [int(row.get_attribute("data-story-id")) for row in rows] == [story["story_id"] for story in biggest]
    sizes = [story["articles"] for story in biggest]
    assert sizes == sorted(sizes, reverse=True)
    kharkiv = next(story for story in stories if "Kharkiv" in (story["title"] or ""))
    dashboard.follow(dashboard.one(f'tr[data-story-id="{kharkiv["story_id"]}"] a'), "/story/")
    detail = live_server.ok(f"/api/stories/{kharkiv['story_id']}")
    shown = [item.text for item in dashboard.all("ol.story-articles li")]
    assert len(shown) == len(detail["article_list"]) >= 2
    assert all(article["title"] in line for article, line in zip(detail["article_list"], shown, strict=True))
    assert len(dashboard.all("table.figures tbody tr")) == len(detail["figures"]) >= 2
    dashboard.screenshot("story")
    dashboard.follow(dashboard.one("table.events a.event-link"), "/event/")  # an event links back to its story
    assert dashboard.one('dd[data-field="Story"] a').get_attribute("href").endswith(f"#/story/{kharkiv['story_id']}")


def test_quotes_show_their_marks_once(dashboard, live_server):
    quotes = live_server.all_items("/api/quotes")
    assert any(quote["text"].startswith(('"', "\u201c")) for quote in quotes), "a direct quote keeps its marks"
    dashboard.open("/quotes")
    shown = [element.text for element in dashboard.all("ul.paged q")]
    assert len(shown) == min(len(quotes), 50)  # the first page
    # <q> draws the marks; the text inside must not bring a second pair
    assert not any(text[:1] in "\"\u201c\u201d'" or text[-1:] in "\"\u201c\u201d'" for text in shown if text)


def test_search_box(dashboard):
    dashboard.open("/")
    box = dashboard.one("#search-input")
    box.send_keys("drone strike Odesa")
    dashboard.one("#search-form button").click()
    WebDriverWait(dashboard.driver, 10).until(lambda driver: "/search?q=" in driver.current_url)
    dashboard.wait_ready()
    hits = dashboard.all("li.hit")
    assert hits and "Drone strike on Odesa apartment block" in hits[0].text
    assert hits[0].find_elements("css selector", ".snippet mark")


def test_injected_markup_renders_as_text_and_never_runs(dashboard, live_server):
    article = next(item for item in live_server.all_items("/api/articles") if item["title"] == XSS_TITLE)
    dashboard.open(f"/article/{article['id']}")
    assert dashboard.one("h1").text == XSS_TITLE
    assert "onerror=" in dashboard.one(".article-text").text
    dashboard.screenshot("article")
    for route in (
        "/",
        "/articles",
        "/events?type=PROTEST",
        "/map",
        "/search?q=wages",
        "/network",
        "/stories?min_articles=1",
    ):
        dashboard.open(route)
        view = dashboard.one("#view")
        assert view.find_elements("css selector", "script, img, iframe") == []
    for event in live_server.all_items("/api/events", article=article["id"]):
        dashboard.open(f"/event/{event['event_id']}")
        assert dashboard.one("#view").find_elements("css selector", "script, img") == []


def test_an_undated_store_says_why_the_timeline_has_no_chart(browser, samples_dir, tmp_path):
    from tests.live import build_database, start_server, stop_server

    db = tmp_path / "undated.db"
    build_database(db, samples_dir)  # the seeds carry no publication dates
    server = start_server(db, tmp_path / "server.log")
    try:
        page = Dashboard(browser, server)
        page.open("/events?interval=day")
        assert "No chart" in page.one(".empty-chart").text
        assert page.all("svg.timeline") == []
    finally:
        stop_server(server)

"""Every dashboard view on a large database, in headless Chromium: how long until it is drawn
and how many bytes it pulls over the wire.

Starts `newsgraph serve` on an existing database, opens each view cold (browser cache off, so
the scripts, styles and basemap count too) `--runs` times, and waits until the router marks the
view ready. Prints one JSON object: per view the median seconds from navigation to ready, the
bytes transferred (compressed, as sent) and the requests made; and the database's counts.
With `--screenshots DIR` each view is saved there as a PNG.

    python bench/dashboard.py --db big.db [--runs 3] [--screenshots docs/screenshots/large]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from selenium.webdriver.support.ui import WebDriverWait

from tests.live import LiveServer, start_server, stop_server
from tests.test_dashboard import CHROMEDRIVER, CHROMIUM

READY_SECONDS = 60

# Bytes of every request the page made: the navigation itself and each resource (fetches included).
TRANSFER_SCRIPT = """
const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
const bytes = (list) => list.reduce((sum, entry) => sum + (entry.transferSize || 0), 0);
return {bytes: bytes(entries), requests: entries.length, api: bytes(entries.filter((e) => e.name.includes('/api/')))};
"""


def views(server: LiveServer) -> dict[str, str]:
    """The routes to open: the fixed views and, for the detail pages, the busiest items."""
    event = server.ok("/api/events", limit=1, sort="deadliest")["items"][0]
    actor = server.ok("/api/actors", limit=1)["items"][0]
    story = (server.ok("/api/stories", limit=1, min_articles=2)["items"] or [None])[0]
    routes = {
        "overview": "/",
        "timeline": "/events",
        "map": "/map",
        "map (density)": "/map?layer=density",
        "map (all)": "/map?min_confidence=0",  # every event, hidden ones too: the heaviest view
        "network": "/network",
        "stories": "/stories",
        "actors": "/actors",
        "articles": "/articles",
        "quotes": "/quotes",
        "search": "/search?q=oil%20prices",
        "event": f"/event/{event['event_id']}",
        "article": f"/article/{event['article_ids'][0]}",
        "actor": f"/actor/{actor['id']}",
    }
    if story is not None:
        routes["story"] = f"/story/{story['story_id']}"
    return routes


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(flag)
    options.add_argument("--window-size=1280,900")
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
    return driver


def open_view(driver, url: str) -> tuple[float, dict[str, int]]:
    driver.get("about:blank")
    started = time.perf_counter()
    driver.get(url)
    WebDriverWait(driver, READY_SECONDS, poll_frequency=0.02).until(
        lambda page: page.execute_script("return document.getElementById('view').dataset.state") in ("ready", "error")
    )
    seconds = time.perf_counter() - started
    state = driver.execute_script("return document.getElementById('view').dataset.state")
    if state != "ready":
        raise RuntimeError(f"{url}: {driver.find_element('id', 'view').text[:300]}")
    time.sleep(0.3)  # a redraw scheduled for the next frame, and its requests, land in the figures
    return seconds, driver.execute_script(TRANSFER_SCRIPT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an analysed newsgraph database")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--screenshots", type=Path, help="save each view here as a PNG")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        server = start_server(args.db, Path(folder) / "server.log")
        driver = browser()
        try:
            counts = server.ok("/api/stats")["counts"]
            results = {}
            for name, route in views(server).items():
                timings, transfer = [], {}
                for _ in range(args.runs):
                    seconds, transfer = open_view(driver, f"{server.url}/#{route}")
                    timings.append(seconds)
                results[name] = {
                    "route": route,
                    "seconds_median": round(statistics.median(timings), 3),
                    "seconds_max": round(max(timings), 3),
                    "kilobytes": round(transfer["bytes"] / 1024, 1),
                    "api_kilobytes": round(transfer["api"] / 1024, 1),
                    "requests": transfer["requests"],
                }
                if args.screenshots:
                    args.screenshots.mkdir(parents=True, exist_ok=True)
                    file_name = name.replace(" (", "-").rstrip(")")  # "map (density)" -> map-density.png
                    driver.save_screenshot(str(args.screenshots / f"{file_name}.png"))
        finally:
            driver.quit()
            stop_server(server)
    print(
        json.dumps(
            {
                "machine": f"{platform.machine()}, Python {platform.python_version()}",
                "database": {key: counts[key] for key in ("articles", "events", "events_shown", "actors", "quotes")},
                "views": results,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()

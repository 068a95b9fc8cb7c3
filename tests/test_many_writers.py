"""Two runs on one database at once: neither fails, no page is stored twice, no article is
analysed twice (each run claims the articles it takes)."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

PLACES = ["Kharkiv", "Odesa", "Lviv", "Dnipro", "Sumy", "Poltava", "Kherson", "Mykolaiv"]


def _articles(folder: Path, count: int) -> Path:
    path = folder / "many.jsonl"
    lines = []
    for number in range(count):
        place = PLACES[number % len(PLACES)]
        text = (
            f"Report {number}. Russian shelling hit {place} on {1 + number % 27} March 2023, killing {2 + number % 5} "
            f"civilians, the regional governor said. Protesters gathered in {place} the next day to demand shelters."
        )
        lines.append(json.dumps({"id": f"r{number}", "text": text, "published_at": "2023-03-28"}))
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


NEWSGRAPH = str(Path(sys.executable).with_name("newsgraph"))  # the installed command, as a user runs it


def _newsgraph(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [NEWSGRAPH, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_ingests_of_the_same_files_at_once_both_succeed_and_store_each_page_once(tmp_path: Path, samples_dir: Path):
    source = _articles(tmp_path, 40)
    db = str(tmp_path / "news.db")
    first = _newsgraph("ingest", str(source), str(samples_dir), "--db", db)
    second = _newsgraph("ingest", str(samples_dir), str(source), "--db", db)
    outputs = [process.communicate(timeout=600) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], [error[-2000:] for _out, error in outputs]
    analysed = [int(match) for out, _error in outputs for match in re.findall(r"analysed (\d+) articles", out)]
    with sqlite3.connect(db) as connection:
        articles = connection.execute(
            "SELECT COUNT(*) FROM articles WHERE duplicate_kind IS NULL OR duplicate_kind != 'exact'"
        ).fetchone()[0]
        pages = connection.execute("SELECT COUNT(*) FROM pages").fetchone()[0]
        states = connection.execute("SELECT COUNT(*) FROM nlp_state").fetchone()[0]
        claims = connection.execute("SELECT COUNT(*) FROM analysis_claims").fetchone()[0]
    assert pages == 40 + len(list(samples_dir.iterdir()))
    assert sum(analysed) == articles == states  # each article analysed by exactly one of the runs
    assert claims == 0  # every claim ended with its run


def test_two_process_runs_at_once_share_the_articles(tmp_path: Path):
    source = _articles(tmp_path, 60)
    db = str(tmp_path / "news.db")
    subprocess.run(
        [NEWSGRAPH, "ingest", str(source), "--db", db, "--no-nlp", "--quiet"],
        check=True,
    )
    runs = [_newsgraph("process", "--db", db) for _ in range(2)]
    outputs = [process.communicate(timeout=600) for process in runs]
    assert [run.returncode for run in runs] == [0, 0], [error[-2000:] for _out, error in outputs]
    analysed = [int(match) for out, _error in outputs for match in re.findall(r"analysed (\d+) articles", out)]
    assert sum(analysed) == 60


def test_a_run_killed_outright_leaves_no_article_to_wait_for_and_no_worker_behind(tmp_path: Path):
    """SIGKILL gives a run no chance to release its claims or stop its workers; the workers
    notice and exit, and the next run on this machine sees that the run is gone and analyses
    the rest at once (not after the claim timeout)."""
    source = _articles(tmp_path, 300)
    db = str(tmp_path / "news.db")
    subprocess.run([NEWSGRAPH, "ingest", str(source), "--db", db, "--no-nlp", "--quiet"], check=True)
    victim = _newsgraph("process", "--db", db, "--quiet", "--workers", "2")
    deadline = time.monotonic() + 300
    while _count(db, "SELECT COUNT(*) FROM nlp_state") < 1:  # killed mid-run, holding claims
        assert victim.poll() is None and time.monotonic() < deadline, victim.communicate()[1][-2000:]
        time.sleep(0.2)
    workers = _children(victim.pid)
    assert len(workers) >= 2  # the pool's workers (and its resource tracker)
    victim.kill()
    victim.communicate(timeout=60)  # its workers hold its pipes open until they exit too
    deadline = time.monotonic() + 20
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in workers), "a killed run's workers are still running"
    assert _count(db, "SELECT COUNT(*) FROM analysis_claims") > 0
    assert _count(db, "SELECT COUNT(*) FROM nlp_state") < 300
    resumed = subprocess.run([NEWSGRAPH, "process", "--db", db, "--quiet"], capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert _count(db, "SELECT COUNT(*) FROM nlp_state") == 300
    assert _count(db, "SELECT COUNT(*) FROM analysis_claims") == 0


def _children(pid: int) -> list[int]:
    """The processes `pid` started (Linux /proc)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(child) for child in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    """Running (not a zombie) — a reaped or zombie worker has stopped working."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _count(db: str, sql: str) -> int:
    with sqlite3.connect(db, timeout=30) as connection:
        return int(connection.execute(sql).fetchone()[0])


def test_two_ingests_at_once_on_postgresql_analyse_each_article_once(tmp_path: Path, postgres_server: str):
    from tests.postgres_server import fresh_database

    source = _articles(tmp_path, 40)
    url = fresh_database(postgres_server, "many_writers")
    runs = [_newsgraph("ingest", str(source), "--db", url) for _ in range(2)]
    outputs = [process.communicate(timeout=600) for process in runs]
    assert [run.returncode for run in runs] == [0, 0], [error[-2000:] for _out, error in outputs]
    analysed = [int(match) for out, _error in outputs for match in re.findall(r"analysed (\d+) articles", out)]
    import psycopg

    with psycopg.connect(url) as connection:

        def count(sql: str) -> int:
            row = connection.execute(sql).fetchone()
            return int(row[0]) if row else 0

        assert count("SELECT COUNT(*) FROM pages") == 40
        assert sum(analysed) == count("SELECT COUNT(*) FROM nlp_state") == 40
        assert count("SELECT COUNT(*) FROM analysis_claims") == 0
        assert count("SELECT COUNT(*) FROM event_reports") > 0

"""The Ray executor: a private local Ray and a running cluster joined by address store exactly
what the in-process run stores; results come back in order with a bounded look-ahead."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.analysis.stage import analyse_store
from newsgraph.cli.main import cli
from newsgraph.executor import make_executor
from newsgraph.executor.ray_cluster import RayExecutor, RayUnavailable
from newsgraph.pipeline import ingest
from newsgraph.store import SQLiteStore
from tests.live import free_port
from tests.test_analysis_workers import TABLES, stored_tables

ray = pytest.importorskip("ray")
RAY_CLI = Path(sys.executable).with_name("ray")


@pytest.fixture(scope="module")
def ray_head(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A one-node Ray cluster on loopback, as `ray start --head` makes it on a head machine;
    `--block` keeps it a child of the test, so stopping it stops only this cluster."""
    port = free_port()
    log = (tmp_path_factory.mktemp("ray") / "head.log").open("w")
    command = [str(RAY_CLI), "start", "--head", "--block", "--node-ip-address=127.0.0.1", f"--port={port}"]
    head = subprocess.Popen(
        [*command, "--num-cpus=2", "--include-dashboard=false", "--disable-usage-stats"],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    address = f"127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if head.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"ray start --head did not come up: see {log.name}") from None
                time.sleep(0.5)
        yield address
    finally:
        head.terminate()
        head.wait(timeout=60)
        log.close()


def test_a_private_ray_returns_results_in_input_order_pulling_only_a_few_items_ahead():
    pulled = 0

    def numbers() -> Iterator[int]:
        nonlocal pulled
        for number in range(-20, 0):
            pulled += 1
            yield number

    executor = RayExecutor(2, in_flight=3)
    try:
        results = executor.map(abs, numbers())
        assert next(results) == 20
        assert pulled == 3  # backpressure: the rest is not submitted until results are taken
        assert list(results) == list(range(19, 0, -1))
        assert ray.is_initialized()
    finally:
        executor.close()
    assert not ray.is_initialized()  # the Ray it started is gone


def test_a_ray_cluster_stores_the_same_tables_as_the_in_process_run(tmp_path: Path, samples_dir: Path, ray_head: str):
    results = {}
    for name, executor in (("in-process", make_executor(1)), ("ray", make_executor(2, "ray", ray_head))):
        db = tmp_path / f"{name}.db"
        try:
            ingest([str(samples_dir)], db, executor=executor)
            store = SQLiteStore.open(db)
            try:
                summary = analyse_store(store, executor=executor)
            finally:
                store.close()
        finally:
            executor.close()
        assert summary.articles == 6 and summary.failed == 0
        results[name] = stored_tables(db)
    assert results["in-process"]["event_reports"]
    for table in TABLES:
        assert results["ray"][table] == results["in-process"][table], table


def test_ingest_on_a_ray_cluster_from_the_command_line(tmp_path: Path, samples_dir: Path, ray_head: str):
    db = tmp_path / "cli.db"
    args = ["ingest", str(samples_dir), "--db", str(db), "--executor", "ray", "--ray-address", ray_head]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "analysed 6 articles" in result.output


def test_a_ray_address_without_the_ray_executor_is_a_usage_error(tmp_path: Path, samples_dir: Path):
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["ingest", str(samples_dir), "--db", str(db), "--ray-address", "127.0.0.1:6379"])
    assert result.exit_code == 2
    assert "--ray-address needs --executor ray" in result.output
    # a cluster named in the environment does not stop a local run
    result = CliRunner().invoke(cli, ["ingest", str(samples_dir), "--db", str(db)], env={"RAY_ADDRESS": "head:6379"})
    assert result.exit_code == 0, result.output


def test_an_unreachable_cluster_fails_in_seconds_with_its_address(tmp_path: Path):
    address = f"127.0.0.1:{free_port()}"  # nothing listens there
    started = time.monotonic()
    with pytest.raises(RayUnavailable, match=f"cannot reach the Ray cluster at {address}"):
        list(RayExecutor(1, address).map(abs, [1]))
    assert time.monotonic() - started < 30
    with pytest.raises(RayUnavailable, match="not a Ray address"):
        list(RayExecutor(1, "head-without-port").map(abs, [1]))

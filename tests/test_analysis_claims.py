"""Claims of runs that died: released at once on their own machine, left to the timeout elsewhere."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from newsgraph.analysis.claims import new_claimant, release_dead_claims
from newsgraph.analysis.stage import ANALYSIS_VERSION
from newsgraph.pipeline import ingest
from newsgraph.store import SQLiteStore


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(finished.stdout)


def test_only_the_claims_of_gone_processes_on_this_host_are_released(store: SQLiteStore, samples_dir: Path):
    ingest([str(samples_dir)], store)
    host = socket.gethostname()
    dead_here, alive_here, elsewhere = f"{host}:{_dead_pid()}:aa", new_claimant(), f"not-{host}:{_dead_pid()}:bb"
    assert alive_here.startswith(f"{host}:{os.getpid()}:")
    for claimant in (dead_here, alive_here, elsewhere):
        assert store.claim_articles_to_analyse(ANALYSIS_VERSION, claimant=claimant, limit=2)
    assert store.claimants() == sorted([dead_here, alive_here, elsewhere])
    assert release_dead_claims(store) == 2  # the dead run's two articles
    assert store.claimants() == sorted([alive_here, elsewhere])
    assert release_dead_claims(store) == 0  # nothing more to release

"""Who is analysing: a run's claimant name, and the claims of runs that died on this machine.

A claimant is `host:pid:nonce`. A run killed outright (SIGKILL, power cut) cannot release its
claims; a later run on the same host sees that the process is gone and releases them at once
instead of waiting for the store's claim timeout, so a resumed run finishes every article.
A claim made on another host is left to the timeout: its process cannot be checked from here.
"""

from __future__ import annotations

import os
import socket
import uuid
from typing import Protocol


class ClaimStore(Protocol):
    def claimants(self) -> list[str]: ...

    def release_claims(self, claimant: str) -> int: ...


def new_claimant() -> str:
    """A name for this run, unique among runs on every machine sharing the store."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def release_dead_claims(store: ClaimStore, host: str | None = None) -> int:
    """Release the claims of runs on this host whose process no longer exists; returns how many."""
    host = host or socket.gethostname()
    released = 0
    for claimant in store.claimants():
        pid = _pid_of(claimant, host)
        if pid is not None and not _process_exists(pid):
            released += store.release_claims(claimant)
    return released


def is_gone(claimant: str, host: str | None = None) -> bool:
    """Whether the claimant ran on this host and its process no longer exists."""
    pid = _pid_of(claimant, host or socket.gethostname())
    return pid is not None and not _process_exists(pid)


def _pid_of(claimant: str, host: str) -> int | None:
    """The process id in a claimant of `host`; None for other hosts or other name forms."""
    parts = claimant.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != host or not parts[1].isdigit():
        return None
    return int(parts[1])


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process is there
    except ProcessLookupError:
        return False
    except PermissionError:  # there, but another user's
        return True
    return True

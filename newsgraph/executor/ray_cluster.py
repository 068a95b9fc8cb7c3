"""The Ray executor: pipeline steps as Ray tasks, on a local Ray or on a cluster.

Each step call is one task needing one CPU. Ray keeps its worker processes between tasks, so
what a step loads once per process (the spaCy pipeline, the gazetteer index) is loaded once per
worker, as with the local process pool. At most `in_flight` calls are submitted ahead of the
one the caller is waiting for: the driver never holds more than that many results, so memory
stays flat however many items there are, and results come back in input order.

Without an address a private Ray is started on 127.0.0.1 with `workers` CPUs and no
dashboard; with one (`ray://head:10001` or `head:6379`) the run joins that cluster, whose
workers must have newsgraph installed (the tasks name its functions, not their code).
"""

from __future__ import annotations

import os
import socket
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from newsgraph.errors import NewsgraphError

In = TypeVar("In")
Out = TypeVar("Out")

LOCAL_OBJECT_STORE_BYTES = 256 * 1024**2  # inputs and results are article texts and records: small
CONNECT_TIMEOUT_S = 5.0


class RayUnavailable(NewsgraphError):
    """A local Ray cannot start here (no loopback interface) or the cluster did not answer."""


def _call(step: Callable[[Any], Any], item: Any) -> Any:
    """The task body: Ray resolves `step` (put once in the object store) before calling."""
    return step(item)


class RayExecutor:
    """Runs step calls as Ray tasks; `step` and items must pickle (module-level functions)."""

    def __init__(self, workers: int, address: str | None = None, *, in_flight: int | None = None) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self._workers = workers
        self._address = address
        self._in_flight = in_flight or 2 * workers
        self._started_here = False
        self._remote_call: Any = None

    def _connect(self) -> Any:
        """Start or join Ray on first use, so that building an executor costs nothing."""
        import ray

        if self._remote_call is not None:
            return ray
        os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no reporting home from a firewalled machine
        if not ray.is_initialized():
            if self._address is None:
                _check_loopback()
                ray.init(
                    address="local",  # a new private Ray, even where RAY_ADDRESS names a cluster
                    num_cpus=self._workers,
                    include_dashboard=False,
                    object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                    log_to_driver=False,
                    configure_logging=False,
                    _node_ip_address="127.0.0.1",
                )
            else:
                _check_reachable(self._address)
                try:
                    ray.init(address=self._address, log_to_driver=False, configure_logging=False)
                except (ConnectionError, TimeoutError, RuntimeError) as error:
                    raise RayUnavailable(f"cannot join the Ray cluster at {self._address}: {error}") from error
            self._started_here = True
        self._remote_call = ray.remote(num_cpus=1)(_call)
        return ray

    def map(self, step: Callable[[In], Out], items: Iterable[In]) -> Iterator[Out]:
        ray = self._connect()
        step_ref = ray.put(step)
        pending: deque[Any] = deque()
        for item in items:
            pending.append(self._remote_call.remote(step_ref, item))
            if len(pending) >= self._in_flight:
                yield ray.get(pending.popleft())
        while pending:
            yield ray.get(pending.popleft())

    def close(self) -> None:
        """Shut down the Ray this executor started (a cluster it joined keeps running)."""
        if self._started_here:
            import ray

            ray.shutdown()
            self._started_here = False
        self._remote_call = None


def _check_loopback() -> None:
    """Fail at once where Ray would retry for minutes: a local Ray needs 127.0.0.1."""
    try:
        with socket.create_server(("127.0.0.1", 0)):
            pass
    except OSError as error:
        raise RayUnavailable(f"a local Ray needs the loopback interface (127.0.0.1): {error}") from error


def _check_reachable(address: str) -> None:
    """Fail in seconds where `ray.init` would wait minutes: the cluster's port must answer.

    `ray://host:port` (Ray Client) and `host:port` (the head's GCS) are checked; Ray's own
    words for a cluster found on this machine ("auto") are left to Ray.
    """
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not host or not port.isdigit():
        if address == "auto":
            return
        raise RayUnavailable(f"not a Ray address: {address!r} (expected ray://host:port or host:port)")
    try:
        with socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT_S):
            pass
    except OSError as error:
        raise RayUnavailable(f"cannot reach the Ray cluster at {address}: {error}") from error

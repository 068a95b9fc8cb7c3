"""DNS rebinding: the server answers only under its own names."""

from __future__ import annotations

import http.client
import urllib.parse

from newsgraph.api.hosts import allowed_hosts, host_name


def _status(url: str, host: str) -> int:
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    connection.request("GET", "/api/stats", headers={"Host": host})
    status = connection.getresponse().status
    connection.close()
    return status


def test_a_rebound_name_is_refused_and_the_servers_own_names_answer(live_server):
    port = urllib.parse.urlsplit(live_server.url).port
    assert _status(live_server.url, "attacker.example") == 400
    assert _status(live_server.url, f"attacker.example:{port}") == 400
    for name in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", f"[::1]:{port}"):
        assert _status(live_server.url, name) == 200, name


def test_names_allowed_for_each_kind_of_address():
    assert allowed_hosts("127.0.0.1") == {"localhost", "127.0.0.1", "::1"}
    assert allowed_hosts("10.0.0.5", ["news.internal"]) == {"10.0.0.5", "news.internal"}
    assert allowed_hosts("0.0.0.0") is None  # every interface, no names given: nothing to check against
    assert allowed_hosts("0.0.0.0", ["dash.example.org"]) == {"localhost", "127.0.0.1", "::1", "dash.example.org"}
    assert host_name("[::1]:8000") == "::1" and host_name("Example.ORG:80") == "example.org"
    assert host_name("localhost") == "localhost"


def test_several_worker_processes_answer_alike_and_refuse_rebound_names(live_server, tmp_path):
    """`serve --workers 2`: each process builds its app from what the command hands down (the
    database and the allowed names), and answers as the one-process server does."""
    from tests.live import start_server, stop_server

    server = start_server(live_server.db, tmp_path / "server.log", workers=2)
    try:
        port = urllib.parse.urlsplit(server.url).port
        for _ in range(6):  # connections land on either process
            assert _status(server.url, "attacker.example") == 400
            assert _status(server.url, f"localhost:{port}") == 200
        assert server.ok("/api/events", limit=20) == live_server.ok("/api/events", limit=20)
    finally:
        stop_server(server)

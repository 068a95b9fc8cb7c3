"""The HTTP API and the dashboard it serves (`newsgraph serve`)."""

from newsgraph.api.app import create_app

__all__ = ["create_app"]

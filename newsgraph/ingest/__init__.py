"""Reading inputs: discovery of files, format detection, decoding and per-format readers."""

from newsgraph.ingest.discover import discover_files
from newsgraph.ingest.readers import ReadResult, read_input

__all__ = ["ReadResult", "discover_files", "read_input"]

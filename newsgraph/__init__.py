"""newsgraph: from raw, messy news pages to a structured, searchable record of world events.

The importable API the CLI (and later the HTTP API) are thin shells over::

    import newsgraph
    summary = newsgraph.ingest(["samples/"], db="newsgraph.db")
    store = newsgraph.open_store("newsgraph.db")
"""

from newsgraph.pipeline import IngestSummary, ingest
from newsgraph.settings import IngestSettings
from newsgraph.store import open_store

__version__ = "0.1.0"
__all__ = ["IngestSettings", "IngestSummary", "__version__", "ingest", "open_store"]

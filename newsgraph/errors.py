"""Exceptions raised by the library; only the CLI turns them into exit codes."""


class NewsgraphError(Exception):
    """Base class for errors newsgraph raises on purpose."""


class InputRejected(NewsgraphError):
    """An input or one of its records cannot be read; `reason` is a short stable label."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class StoreError(NewsgraphError):
    """The database is missing, from a newer schema, or otherwise unusable."""


class ReadTooLong(StoreError):
    """A read tried inside `quick_read` needs more work than its budget: run it elsewhere."""


class GoldDataError(NewsgraphError):
    """A gold file for `newsgraph eval` is missing or has the wrong shape."""

"""A wire dateline that opens a sentence: "VIENNA (Reuters) - ", "KYIV, Ukraine (AP) — ".

It says where the reporter filed from, not who acts or speaks, yet the parser often hangs it on
the subject ("TOKYO (Reuters) - Honda reported …" reads TOKYO as the one reporting). Readers of
a sentence's parse skip it.
"""

from __future__ import annotations

import re

DATELINE = re.compile(r"\s*[A-Z][A-Z .'/-]*[A-Z](?:, [A-Z][\w .]+)?(?:\s*\([^)]{1,40}\)\s*|\s+)[-\u2013\u2014]+\s+")


def dateline_length(sentence: str) -> int:
    """How many characters of `sentence` its opening dateline takes (0 when it has none)."""
    match = DATELINE.match(sentence)
    return match.end() if match is not None else 0
